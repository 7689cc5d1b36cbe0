package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Throws a fixed, seeded series of malformed requests at the emulator, made by damaging the request
 * examples of every operation of the spec. Each one is broken by construction, so each must be
 * refused with a FAIL envelope over HTTP 200, and none may surface as an internal error (100001).
 * The state built beforehand must come through untouched.
 */
class RobustnessTest {

    private static final long SEED = 0x5EED_1071L;
    private static final int REQUESTS = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // no rate limits, so that the bodies reach validation instead of bouncing off add_gift's 1/s
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private enum Kind { RANDOM_BYTES, TRUNCATED_JSON, DEEP_NESTING, HUGE_NUMBER, WRONG_TYPE, RANDOM_QUERY, RANDOM_METHOD_OR_PATH }

    /** One generated request; {@code rawQuery} is already percent-encoded. */
    private record Malformed(Kind kind, String method, String path, String rawQuery, byte[] body) {
        String describe() {
            String shown = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
            return kind + " " + method + " " + path + "?" + rawQuery + " body "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown);
        }
    }

    @Test
    void malformedRequestsAreRefusedWithoutInternalErrors() {
        callEveryOperationOnce();
        JsonNode before = emulator.control().exportState();

        Generator generator = new Generator(new Random(SEED));
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        Set<Integer> codes = new TreeSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            Malformed request = generator.next();
            String what = "request " + i + ": " + request.describe();
            Reply reply;
            try {
                reply = http.send(request.method(), request.path(), request.rawQuery(), request.body());
            } catch (AssertionError e) {
                throw new AssertionError(what + "\n" + e.getMessage(), e);
            }
            assertEquals("FAIL", reply.actionStatus(), () -> what + "\nreply " + reply.text());
            assertNotEquals(ErrorCodes.LIVE_ENGINE_INTERNAL_ERROR, reply.code(), () -> what + "\nreply " + reply.text());
            perKind.merge(request.kind(), 1, Integer::sum);
            codes.add(reply.code());
        }

        assertEquals(Set.of(Kind.values()), perKind.keySet(), "every kind of damage was tried: " + perKind);
        // the requests were refused at every stage, not all at the same early check
        assertTrue(codes.containsAll(List.of(ErrorCodes.HTTP_REQUEST_MALFORMED, ErrorCodes.REQUEST_BODY_NOT_JSON,
                ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, ErrorCodes.INVALID_PARAMETER)), "codes seen: " + codes);

        // nothing changed, and every operation is still served
        assertEquals(before, emulator.control().exportState());
        callEveryOperationOnce();
    }

    /** Each operation's recorded request, in the state it needs; what the last one leaves is the state the damage meets. */
    private static void callEveryOperationOnce() {
        for (Operation operation : SpecExamples.operations()) {
            emulator.control().importState(SpecExamples.recordedFixtures(operation.operationId()));
            ok(http.call(operation, RecordedRequests.of(operation)));
        }
    }

    /** Builds the malformed requests; all randomness comes from the one seeded {@link Random}. */
    private static final class Generator {
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Malformed next() {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            Operation operation = pick(SpecExamples.operations());
            return switch (kind) {
                case RANDOM_BYTES -> post(kind, operation, randomBytes());
                case TRUNCATED_JSON -> post(kind, operation, truncated(validBody(operation)));
                case DEEP_NESTING -> post(kind, operation, deeplyNested(operation));
                case HUGE_NUMBER -> post(kind, operation, bytes(withField(operation, this::hugeNumber)));
                case WRONG_TYPE -> post(kind, operation, bytes(withField(operation, null)));
                case RANDOM_QUERY -> new Malformed(kind, "POST", operation.path(), randomQuery(), bytes(validBody(operation)));
                case RANDOM_METHOD_OR_PATH -> methodOrPath(operation);
            };
        }

        private Malformed post(Kind kind, Operation operation, byte[] body) {
            return new Malformed(kind, "POST", operation.path(), http.query().encoded(), body);
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        // ---- bodies ------------------------------------------------------------------------------

        /** One of the operation's request examples, which the spec accepts; the generators damage copies of it. */
        private ObjectNode validBody(Operation operation) {
            return (ObjectNode) pick(List.copyOf(operation.requestExamples().values())).value().deepCopy();
        }

        /** Random bytes that cannot start a JSON object (nor a byte-order mark or UTF-16 text). */
        private byte[] randomBytes() {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (bytes.length > 0 && ("{ \t\r\n\u0000".indexOf(bytes[0]) >= 0 || (bytes[0] & 0xFF) >= 0xEF)) {
                bytes[0] = '#';
            }
            return bytes;
        }

        /** A proper prefix of a JSON object is never a complete JSON text. */
        private byte[] truncated(JsonNode body) {
            byte[] whole = bytes(body);
            byte[] cut = new byte[random.nextInt(whole.length)];
            System.arraycopy(whole, 0, cut, 0, cut.length);
            return cut;
        }

        /** 10,000 levels of arrays or objects, as the whole body or as the value of a field. */
        private byte[] deeplyNested(Operation operation) {
            int depth = 10_000;
            boolean arrays = random.nextBoolean();
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            String nested = open.repeat(depth) + "1" + close.repeat(depth);
            if (random.nextBoolean()) {
                return nested.getBytes(StandardCharsets.UTF_8);
            }
            String field = pick(fieldsOf(validBody(operation)));
            return ("{\"" + field + "\":" + nested + "}").getBytes(StandardCharsets.UTF_8);
        }

        /** A number far outside every field's range, or one JSON cannot even hold. */
        private JsonNode hugeNumber() {
            BigInteger twoTo64 = BigInteger.TWO.pow(64);
            return switch (random.nextInt(7)) {
                case 0 -> NODES.numberNode(twoTo64.add(BigInteger.valueOf(10)));       // wraps to 10 if truncated
                case 1 -> NODES.numberNode(BigInteger.TWO.pow(63));                    // Long.MAX_VALUE + 1
                case 2 -> NODES.numberNode(twoTo64.negate());
                case 3 -> NODES.numberNode(new BigInteger("9".repeat(400)));
                case 4 -> NODES.numberNode(new BigDecimal("1e400"));
                case 5 -> NODES.numberNode(new BigDecimal("-1.5e19"));
                default -> NODES.numberNode(new BigDecimal("4294967296.5"));
            };
        }

        /**
         * A copy of a valid body with one field replaced: by {@code replacement} when given, else by a
         * value of a type the field does not take.
         */
        private JsonNode withField(Operation operation, Supplier<JsonNode> replacement) {
            ObjectNode body = validBody(operation);
            if (fieldsOf(body).isEmpty()) {
                // a command that takes no input ({}): the only field to send is one it does not know
                body.set("NotAField", replacement != null ? replacement.get() : NODES.textNode("x"));
                return body;
            }
            String field = pick(fieldsOf(body));
            JsonNode value = replacement != null ? replacement.get() : wrongTypeFor(body.get(field));
            if (replacement != null && body.get(field).isTextual() && random.nextBoolean()) {
                // a huge number for a string field is wrong twice over; also try one inside an array
                value = NODES.arrayNode().add(value);
            }
            body.set(field, value);
            return body;
        }

        private JsonNode wrongTypeFor(JsonNode valid) {
            List<JsonNode> candidates = new ArrayList<>(List.of(
                    NODES.textNode(randomText(8)), NODES.numberNode(random.nextInt(1000)), NODES.numberNode(1.5),
                    NODES.booleanNode(random.nextBoolean()), NODES.nullNode(), NODES.objectNode().put("x", 1),
                    NODES.arrayNode().add(random.nextInt(10))));
            ArrayNode strings = NODES.arrayNode().add("a").add("b");
            candidates.add(strings);
            candidates.removeIf(c -> sameType(c, valid));
            return pick(candidates);
        }

        private static boolean sameType(JsonNode candidate, JsonNode valid) {
            if (valid.isIntegralNumber()) {
                return candidate.isIntegralNumber();
            }
            if (valid.isArray()) {
                // an array of strings is the right type for the account lists
                return candidate.isArray() && candidate.size() > 0 && candidate.get(0).isTextual();
            }
            return candidate.getNodeType() == valid.getNodeType();
        }

        private static List<String> fieldsOf(JsonNode body) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            return names;
        }

        // ---- queries, methods and paths ------------------------------------------------------------

        /** Either noise for a query string, or a valid query with one parameter replaced by noise. */
        private String randomQuery() {
            if (random.nextInt(3) == 0) {
                StringBuilder query = new StringBuilder();
                int pairs = random.nextInt(6);
                for (int i = 0; i < pairs; i++) {
                    String name = random.nextBoolean() ? pick(List.of("sdkappid", "identifier", "usersig", "random", "contenttype"))
                            : randomText(1 + random.nextInt(8));
                    query.append(i == 0 ? "" : "&").append(EmulatorHttp.encode(name)).append('=')
                            .append(EmulatorHttp.encode(randomText(random.nextInt(20))));
                }
                return query.toString();
            }
            String parameter = pick(List.of("sdkappid", "identifier", "usersig", "random", "contenttype"));
            // letters first, so the noise is never a valid number, "json", or the admin's name
            String noise = "z" + randomText(random.nextInt(30));
            return http.query().with(parameter, noise).encoded();
        }

        private Malformed methodOrPath(Operation operation) {
            String method = pick(List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "FOO", "POST"));
            String path = random.nextBoolean() ? operation.path() : randomPath(operation);
            if (method.equals("POST") && path.equals(operation.path())) {
                path = randomPath(operation);
            }
            byte[] body = method.equals("GET") && random.nextBoolean() ? null : bytes(validBody(operation));
            return new Malformed(Kind.RANDOM_METHOD_OR_PATH, method, path, http.query().encoded(), body);
        }

        /** A path that no operation has: the operation's service with a made-up command, or made-up segments. */
        private String randomPath(Operation operation) {
            String service = operation.path().substring(0, operation.path().lastIndexOf('/') + 1);
            StringBuilder path = new StringBuilder(random.nextBoolean() ? service + "x" : "/q");
            int segments = random.nextInt(4);
            for (int i = 0; i < segments; i++) {
                path.append('/').append(EmulatorHttp.encode(randomText(1 + random.nextInt(10))));
            }
            return path.toString();
        }

        /** Text mixing ASCII, punctuation, control characters, CJK and characters outside the BMP. */
        private String randomText(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append((char) ('a' + random.nextInt(26)));
                    case 1 -> text.append("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ".charAt(random.nextInt(33)));
                    case 2 -> text.append((char) random.nextInt(0x20));
                    case 3 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                    default -> text.appendCodePoint(0x1F300 + random.nextInt(0x200));
                }
            }
            return text.toString();
        }

        private static byte[] bytes(JsonNode body) {
            return body.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}

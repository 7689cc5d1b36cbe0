package dev.liveengine.emulator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.openapi.testing.SpecExamples;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Bad requests made from good ones: each starts from an operation's recorded request and its valid
 * query and breaks one thing, chosen by a seeded {@link Random}, so that a run is reproducible from
 * its seed. What it breaks is what the issue of the fuzzer lists: fields dropped, added or retyped,
 * byte limits crossed with multi-byte UTF-8, huge and deeply nested bodies, duplicate keys, numbers
 * at and past 2^31, 2^32 and 2^53, truncated and non-JSON bodies, query parameters missing,
 * repeated, empty or out of range, forged, expired and foreign UserSigs, other methods and paths.
 */
final class RequestFuzzer {

    /** One request to send. */
    record Request(String kind, String method, String path, String rawQuery, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PARAMETERS = {"sdkappid", "identifier", "usersig", "random", "contenttype"};
    private static final List<JsonNode> ODD_VALUES = List.of(
            NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(1L << 31), NODES.numberNode(1L << 32),
            NODES.numberNode((1L << 53) + 1), NODES.numberNode(new BigInteger("18446744073709551617")), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.booleanNode(true), NODES.nullNode(), NODES.textNode(""),
            NODES.textNode("é".repeat(40)), NODES.textNode("😀".repeat(40)), NODES.arrayNode(), NODES.objectNode());

    private final Random random;
    private final EmulatorHttp http;
    private final List<SpecExamples.Operation> operations = SpecExamples.operations();
    private final List<Supplier<Request>> mutations = new ArrayList<>();
    private SpecExamples.Operation operation;

    RequestFuzzer(long seed, EmulatorHttp http) {
        this.random = new Random(seed);
        this.http = http;
        mutations.add(() -> body("drop a field", dropField(recorded())));
        mutations.add(() -> body("unknown field", with(recorded(), "Unknown_" + random.nextInt(100), odd())));
        mutations.add(() -> body("retype a field", retype(recorded())));
        mutations.add(() -> body("long multi-byte text", retypeTo(recorded(), NODES.textNode(longText()))));
        mutations.add(() -> raw("deep nesting", withRaw(recorded(), deep(200 + random.nextInt(5000))).getBytes(StandardCharsets.UTF_8)));
        mutations.add(() -> body("huge array", with(recorded(), anyField(recorded()), huge())));
        mutations.add(() -> raw("duplicate key", duplicateKey(recorded()).getBytes(StandardCharsets.UTF_8)));
        mutations.add(() -> raw("truncated", truncated(recorded().toString())));
        mutations.add(() -> raw("not JSON", notJson()));
        mutations.add(this::queryBroken);
        mutations.add(this::credentialsBroken);
        mutations.add(this::methodOrPathBroken);
    }

    Request next() {
        operation = operations.get(random.nextInt(operations.size()));
        return mutations.get(random.nextInt(mutations.size())).get();
    }

    // ---- bodies ----------------------------------------------------------------------------------------

    private ObjectNode recorded() {
        return RecordedRequests.of(operation).deepCopy();
    }

    private Request body(String kind, JsonNode body) {
        return raw(kind, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Request raw(String kind, byte[] body) {
        return new Request(kind + " (" + operation.operationId() + ")", "POST", operation.path(), http.query().encoded(), body);
    }

    private JsonNode odd() {
        return ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
    }

    private String anyField(ObjectNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "RoomId" : names.get(random.nextInt(names.size()));
    }

    private ObjectNode dropField(ObjectNode body) {
        body.remove(anyField(body));
        return body;
    }

    private ObjectNode with(ObjectNode body, String field, JsonNode value) {
        body.set(field, value);
        return body;
    }

    private ObjectNode retype(ObjectNode body) {
        return retypeTo(body, odd());
    }

    /** Replaces one value anywhere in the body, nested ones too. */
    private ObjectNode retypeTo(ObjectNode body, JsonNode value) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(body, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            object.set(anyField(object), value);
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), value);
        } else {
            body.set(anyField(body), value);
        }
        return body;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collectContainers(child, containers));
        }
    }

    private String longText() {
        String unit = random.nextBoolean() ? "é" : "😀";
        return unit.repeat(1 + random.nextInt(300));
    }

    /** Arrays and objects nested {@code depth} deep, as text: deeper than a JSON library writes. */
    private static String deep(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(i % 2 == 0 ? "[" : "{\"a\":");
        }
        text.append("\"bottom\"");
        for (int i = depth - 1; i >= 0; i--) {
            text.append(i % 2 == 0 ? "]" : "}");
        }
        return text.toString();
    }

    /** The body with one of its fields replaced by {@code json}, spliced in as text. */
    private String withRaw(ObjectNode body, String json) {
        String field = anyField(body);
        body.remove(field);
        String text = body.toString();
        return text.substring(0, text.length() - 1) + (body.isEmpty() ? "" : ",") + "\"" + field + "\":" + json + "}";
    }

    private JsonNode huge() {
        ArrayNode array = NODES.arrayNode();
        int size = 1000 + random.nextInt(20_000);
        for (int i = 0; i < size; i++) {
            array.add("user" + i);
        }
        return array;
    }

    private String duplicateKey(ObjectNode body) {
        String field = anyField(body);
        String text = body.toString();
        return text.substring(0, text.length() - 1) + (body.isEmpty() ? "" : ",") + "\"" + field + "\":" + odd() + "}";
    }

    private byte[] truncated(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[random.nextInt(Math.max(1, bytes.length))];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        return cut;
    }

    private byte[] notJson() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 2 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'};
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    // ---- query, credentials, method and path -------------------------------------------------------------

    private Request queryBroken() {
        EmulatorHttp.Query query = http.query();
        String parameter = PARAMETERS[random.nextInt(PARAMETERS.length)];
        String encoded = switch (random.nextInt(4)) {
            case 0 -> query.without(parameter).encoded();
            case 1 -> query.with(parameter, "").encoded();
            case 2 -> query.encoded() + "&" + parameter + "=" + EmulatorHttp.encode(String.valueOf(random.nextLong()));
            default -> query.with(parameter, String.valueOf(random.nextBoolean() ? -1 : 4294967296L + random.nextInt(1000))).encoded();
        };
        return new Request("query " + parameter + " (" + operation.operationId() + ")", "POST", operation.path(), encoded,
                recorded().toString().getBytes(StandardCharsets.UTF_8));
    }

    private Request credentialsBroken() {
        String admin = http.admin();
        String userSig = switch (random.nextInt(4)) {
            case 0 -> http.userSigSignedWith(1400000000L, "a-forged-key-" + random.nextInt(), admin, java.time.Duration.ofDays(1));
            case 1 -> http.userSigSignedWith(1400000999L, "another-app", admin, java.time.Duration.ofDays(1));
            case 2 -> http.userSig("not-an-admin-" + random.nextInt(100), java.time.Duration.ofDays(1));
            default -> http.userSig(admin, java.time.Duration.ofDays(1)).substring(0, 10 + random.nextInt(40));
        };
        return new Request("credentials (" + operation.operationId() + ")", "POST", operation.path(),
                http.query().with("usersig", userSig).encoded(), recorded().toString().getBytes(StandardCharsets.UTF_8));
    }

    private Request methodOrPathBroken() {
        String[] methods = {"GET", "PUT", "DELETE", "PATCH", "POST"};
        String method = methods[random.nextInt(methods.length)];
        String path = switch (random.nextInt(4)) {
            case 0 -> operation.path();
            case 1 -> operation.path() + "x";
            case 2 -> "/v4/no_such_service/" + operation.command();
            default -> "/v4/" + operation.command();
        };
        return new Request(method + " " + path, method, path, http.query().encoded(),
                recorded().toString().getBytes(StandardCharsets.UTF_8));
    }
}

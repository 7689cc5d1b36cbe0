package dev.liveengine.openapi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The operations of the Live Engine spec with what tests are generated from: where each one lives,
 * its documented limits and error codes, and its example payloads, both as the file the sources
 * name with {@code externalValue} and as the value the bundle inlines. Tests that need "the examples
 * of operation X" take them from here, so they follow the spec instead of guessing file names.
 *
 * <pre>{@code
 * for (SpecExamples.Operation op : SpecExamples.operations()) {
 *     for (SpecExamples.Example request : op.requestExamples().values()) {
 *         send(op.path(), request.value().toString());
 *     }
 * }
 * SpecExamples.Example notFound = SpecExamples.operation("sendGift").responseExamples().get("giftNotFound");
 * }</pre>
 *
 * <p>Operations, limits, codes and values come from the bundle on the classpath
 * ({@code /openapi/live-engine.yaml}); example files from the split sources, found through the system
 * property {@code spec.root} (the openapi module's tests set it) or else at
 * {@code ../openapi/spec/openapi.yaml}, which is where it is seen from any other module of the
 * repository. Only {@code application/json} examples are listed: the request body's and the HTTP 200
 * reply's, the only ones the spec has. Everything is read once, on first use.
 */
public final class SpecExamples {

    private static final String BUNDLE_RESOURCE = "/openapi/live-engine.yaml";
    private static final Path DEFAULT_SOURCES = Path.of("..", "openapi", "spec", "openapi.yaml");
    private static final String JSON = "application/json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecExamples() {
    }

    /** Every operation of the bundle, in the order of its paths. */
    public static List<Operation> operations() {
        return Loaded.OPERATIONS;
    }

    /**
     * Every webhook of the bundle ({@code x-webhooks}), in source order. Webhooks are not operations
     * of the service: it sends them, so they are never in {@link #operations()}.
     */
    public static List<Webhook> webhooks() {
        return Loaded.WEBHOOKS;
    }

    /** The webhook of this command word, such as {@code Live.CallbackAfterCreateRoom}. */
    public static Webhook webhook(String callbackCommand) {
        return webhooks().stream()
                .filter(webhook -> webhook.callbackCommand().equals(callbackCommand))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no webhook " + callbackCommand + " in the spec"));
    }

    /**
     * The emulator state in which the recorded request examples succeed: a state snapshot
     * ({@code testing/recorded-fixtures.json}) holding every object those requests name, such as the
     * gift {@code gift1} that {@code send_gift} sends. When a new operation's recorded request names
     * something else, add it there; the tests that call every operation fail until it is. A fresh
     * copy on each call.
     */
    public static JsonNode recordedFixtures() {
        return readFixture("/testing/recorded-fixtures.json");
    }

    /**
     * The state in which {@code operationId}'s recorded request succeeds: the shared snapshot
     * ({@link #recordedFixtures()}), changed by the operation's own
     * {@code testing/recorded-fixtures.<operationId>.json} where the shared one cannot serve it (the
     * room that create_room creates must not exist yet, while every other room command needs it).
     * That file is a JSON merge patch (RFC 7386) rather than a whole snapshot, so that it says only
     * how the operation's state differs and does not fall behind as the shared one grows: an object
     * is merged field by field, a null removes the field, anything else (an array too) replaces it.
     */
    public static JsonNode recordedFixtures(String operationId) {
        String own = "/testing/recorded-fixtures." + operationId + ".json";
        JsonNode shared = recordedFixtures();
        return SpecExamples.class.getResource(own) != null ? mergePatch(shared, readFixture(own)) : shared;
    }

    /** {@code target} changed by {@code patch} as RFC 7386 defines it; {@code target} is changed in place. */
    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode merged = target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
        patch.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else {
                merged.set(field.getKey(), mergePatch(merged.path(field.getKey()), field.getValue()));
            }
        });
        return merged;
    }

    private static JsonNode readFixture(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The operation with this {@code operationId}, such as {@code sendGift}. */
    public static Operation operation(String operationId) {
        return operations().stream()
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in the spec"));
    }

    /** Whether an example is sent or received. */
    public enum Direction {
        REQUEST, RESPONSE;

        /** {@code request} or {@code response}, as in example file names. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One operation.
     *
     * @param path             {@code /v4/live_engine_http_srv/send_gift}
     * @param service          the service name, {@code live_engine_http_srv}
     * @param command          the command, {@code send_gift}
     * @param operationId      {@code sendGift}
     * @param sourceFile       the operation's file in the split sources
     * @param rateLimit        its {@code x-rate-limit}
     * @param errorCodes       its own {@code x-error-codes}, without the common ones
     * @param requestExamples  the request body's examples by name, in spec order
     * @param responseExamples the HTTP 200 reply's examples by name, in spec order
     */
    public record Operation(String path, String service, String command, String operationId, Path sourceFile,
                            RateLimit rateLimit, List<Integer> errorCodes,
                            Map<String, Example> requestExamples, Map<String, Example> responseExamples) {

        /** The request examples, then the response examples. */
        public Stream<Example> examples() {
            return Stream.concat(requestExamples.values().stream(), responseExamples.values().stream());
        }

        @Override
        public String toString() {
            return operationId;
        }
    }

    /**
     * One webhook: an event the service posts to the app's webhook address.
     *
     * @param callbackCommand  its command word and key in {@code x-webhooks}, {@code Live.CallbackAfterCreateRoom}
     * @param eventFile        the name of its file and of its example files, {@code after_create_room}
     * @param operationId      {@code liveCallbackAfterCreateRoom}
     * @param triggeredBy      the operationIds of the commands that cause it ({@code x-triggered-by})
     * @param sourceFile       the webhook's file in the split sources
     * @param requestExamples  the event body's examples by name, in spec order
     * @param responseExamples the HTTP 200 reply's examples by name, in spec order
     */
    public record Webhook(String callbackCommand, String eventFile, String operationId, List<String> triggeredBy, Path sourceFile,
                          Map<String, Example> requestExamples, Map<String, Example> responseExamples) {

        /** The event examples, then the reply examples. */
        public Stream<Example> examples() {
            return Stream.concat(requestExamples.values().stream(), responseExamples.values().stream());
        }

        @Override
        public String toString() {
            return callbackCommand;
        }
    }

    /**
     * The documented rate limit of an operation (see EXTENSIONS.md).
     *
     * @param bucket the name of a limit shared with other operations, if any
     */
    public record RateLimit(int requests, int periodSeconds, int errorCode, Optional<String> bucket) {
    }

    /**
     * One named example.
     *
     * @param name      its key in the spec, such as {@code recorded} or {@code giftNotFound}
     * @param direction request or response
     * @param file      the file the sources name with {@code externalValue}; empty for an inline value
     * @param value     the payload, as the bundle carries it
     */
    public record Example(String name, Direction direction, Optional<Path> file, JsonNode value) {

        @Override
        public String toString() {
            return file.map(path -> path.getFileName().toString()).orElse(direction.word() + " " + name);
        }
    }

    /** Lazy holder: the bundle and the sources are read on first use only. */
    private static final class Loaded {
        static final List<Operation> OPERATIONS = load();
        static final List<Webhook> WEBHOOKS = loadWebhooks();

        private static List<Webhook> loadWebhooks() {
            Path root = sourceRoot();
            JsonNode sourceWebhooks = readYaml(root).path("x-webhooks");
            List<Webhook> webhooks = new ArrayList<>();
            forEachField(bundle().path("x-webhooks"), (command, item) -> {
                String ref = sourceWebhooks.path(command).path("$ref").asText(null);
                if (ref == null) {
                    throw new IllegalStateException("x-webhooks." + command + " of the sources is not a $ref to its file");
                }
                Path sourceFile = root.getParent().resolve(ref).normalize();
                JsonNode source = readYaml(sourceFile).path("post");
                JsonNode node = item.path("post");
                String name = sourceFile.getFileName().toString();
                Path dir = sourceFile.getParent();
                webhooks.add(new Webhook(command, name.substring(0, name.length() - ".yaml".length()),
                        node.path("operationId").asText(), triggeredBy(node.path("x-triggered-by")), sourceFile,
                        examples(Direction.REQUEST, node.path("requestBody"), source.path("requestBody"), dir),
                        examples(Direction.RESPONSE, node.path("responses").path("200"),
                                source.path("responses").path("200"), dir)));
            });
            return List.copyOf(webhooks);
        }

        private static List<String> triggeredBy(JsonNode operationIds) {
            List<String> ids = new ArrayList<>();
            operationIds.forEach(id -> ids.add(id.asText()));
            return List.copyOf(ids);
        }

        private static List<Operation> load() {
            Path root = sourceRoot();
            JsonNode sourcePaths = readYaml(root).path("paths");
            List<Operation> operations = new ArrayList<>();
            forEachField(bundle().path("paths"), (path, item) -> {
                String ref = sourcePaths.path(path).path("$ref").asText(null);
                Path sourceFile = ref == null ? root : root.getParent().resolve(ref).normalize();
                JsonNode sourceItem = ref == null ? sourcePaths.path(path) : readYaml(sourceFile);
                forEachField(item, (method, node) ->
                        operations.add(operation(path, sourceFile, node, sourceItem.path(method))));
            });
            return List.copyOf(operations);
        }

        private static Operation operation(String path, Path sourceFile, JsonNode node, JsonNode source) {
            String[] segments = path.split("/");
            JsonNode limit = node.path("x-rate-limit");
            List<Integer> codes = new ArrayList<>();
            node.path("x-error-codes").forEach(code -> codes.add(code.asInt()));
            Path dir = sourceFile.getParent();
            return new Operation(path, segments[segments.length - 2], segments[segments.length - 1],
                    node.path("operationId").asText(), sourceFile,
                    new RateLimit(limit.path("requests").asInt(), limit.path("periodSeconds").asInt(),
                            limit.path("errorCode").asInt(), Optional.ofNullable(limit.path("bucket").textValue())),
                    List.copyOf(codes),
                    examples(Direction.REQUEST, node.path("requestBody"), source.path("requestBody"), dir),
                    examples(Direction.RESPONSE, node.path("responses").path("200"),
                            source.path("responses").path("200"), dir));
        }

        /** The JSON examples of a request body or a reply, bundled next to their source. */
        private static Map<String, Example> examples(Direction direction, JsonNode bundled, JsonNode source, Path dir) {
            JsonNode sourceExamples = source.path("content").path(JSON).path("examples");
            Map<String, Example> examples = new LinkedHashMap<>();
            forEachField(bundled.path("content").path(JSON).path("examples"), (name, example) -> {
                Optional<Path> file = Optional.ofNullable(sourceExamples.path(name).path("externalValue").textValue())
                        .map(externalValue -> dir.resolve(externalValue).normalize());
                examples.put(name, new Example(name, direction, file, example.path("value")));
            });
            return Collections.unmodifiableMap(examples);
        }

        private static Path sourceRoot() {
            String property = System.getProperty("spec.root");
            Path root = property == null || property.isBlank() ? DEFAULT_SOURCES : Path.of(property);
            if (!Files.isRegularFile(root)) {
                throw new IllegalStateException("the split sources are not at " + root.toAbsolutePath()
                        + "; set the system property spec.root to openapi/spec/openapi.yaml");
            }
            return root.toAbsolutePath().normalize();
        }

        private static JsonNode bundle() {
            try (InputStream in = SpecExamples.class.getResourceAsStream(BUNDLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLE_RESOURCE + " is not on the classpath;"
                            + " it is written by the openapi module's build (process-classes)");
                }
                return YAML.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(BUNDLE_RESOURCE, e);
            }
        }

        private static JsonNode readYaml(Path file) {
            try {
                return YAML.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }

        private static void forEachField(JsonNode node, BiConsumer<String, JsonNode> action) {
            node.properties().forEach(field -> action.accept(field.getKey(), field.getValue()));
        }
    }
}

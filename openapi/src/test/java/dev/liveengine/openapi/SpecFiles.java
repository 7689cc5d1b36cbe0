package dev.liveengine.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the spec's files are and how to read them, shared by the tests of this module. The split
 * sources are found through the system property {@code spec.root}, the committed bundle through
 * {@code spec.committed.bundle} (both set by surefire), and the freshly built bundle on the
 * classpath.
 */
public final class SpecFiles {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Standard JSON only, and exactly one value per document. */
    static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static JsonNode bundle;

    private SpecFiles() {
    }

    /** The root file of the split sources, {@code spec/openapi.yaml}. */
    public static Path specRoot() {
        return Path.of(requiredProperty("spec.root"));
    }

    /** The directory that holds the split sources. */
    static Path specDir() {
        return specRoot().getParent();
    }

    /** The bundle as committed next to the module's pom. */
    static Path committedBundle() {
        return Path.of(requiredProperty("spec.committed.bundle"));
    }

    /** The bundle this build wrote, {@code target/classes/openapi/live-engine.yaml}. */
    public static Path builtBundle() {
        return built("live-engine.yaml");
    }

    /** A file this build put into {@code target/classes/openapi}, as it goes into the jar. */
    static Path built(String name) {
        URL url = SpecFiles.class.getResource("/openapi/" + name);
        if (url == null) {
            throw new IllegalStateException("/openapi/" + name + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built bundle as a tree, read once. */
    static synchronized JsonNode bundle() {
        if (bundle == null) {
            bundle = readYaml(builtBundle());
        }
        return bundle;
    }

    /**
     * A spec file as a tree: JSON when its name ends in {@code .json} (a test's scratch copies, which
     * Jackson reads several times faster than YAML), else YAML.
     */
    public static JsonNode readSpec(Path file) {
        return read(mapperFor(file), file);
    }

    /** Writes {@code spec} to {@code file} in the format {@link #readSpec} reads it back in. */
    public static Path writeSpec(Path file, JsonNode spec) {
        try {
            mapperFor(file).writeValue(file.toFile(), spec);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static ObjectMapper mapperFor(Path file) {
        return file.getFileName().toString().endsWith(".json") ? STRICT_JSON : YAML;
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    public static JsonNode readYaml(Path file) {
        return read(YAML, file);
    }

    /** The bundle's operations, one per path and method. */
    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        forEachField(bundle().path("paths"), (path, item) ->
                forEachField(item, (method, operation) -> operations.add(new Operation(path, method, operation))));
        return operations;
    }

    /** The bundle's webhooks ({@code x-webhooks}): one per command word and method, in source order. */
    static List<WebhookOperation> webhooks() {
        List<WebhookOperation> webhooks = new ArrayList<>();
        forEachField(bundle().path("x-webhooks"), (command, item) ->
                forEachField(item, (method, operation) -> webhooks.add(new WebhookOperation(command, method, operation))));
        return webhooks;
    }

    /** The rows of the error-code table carried by the ErrorCode schema, in file order. */
    static List<ErrorCodeEntry> errorCodeTable() {
        List<ErrorCodeEntry> table = new ArrayList<>();
        for (JsonNode row : bundle().path("components").path("schemas").path("ErrorCode").path("x-error-codes")) {
            table.add(new ErrorCodeEntry(row.path("code").asInt(-1), row.path("name").asText(""),
                    row.path("category").asText(""), row.path("scope").asText(""), row.path("description").asText("")));
        }
        return table;
    }

    static Map<Integer, ErrorCodeEntry> errorCodesByCode() {
        return errorCodeTable().stream()
                .collect(Collectors.toMap(ErrorCodeEntry::code, entry -> entry, (first, second) -> first));
    }

    /** Every regular file below {@code dir}, sorted. */
    static List<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
    }

    static void forEachField(JsonNode node, BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            action.accept(field.getKey(), field.getValue());
        }
    }

    /** Calls {@code action} with every value, at any depth, stored under the key {@code key}. */
    static void forEachValueOf(String key, JsonNode node, Consumer<JsonNode> action) {
        if (node.isObject()) {
            forEachField(node, (name, value) -> {
                if (name.equals(key)) {
                    action.accept(value);
                }
                forEachValueOf(key, value, action);
            });
        } else if (node.isArray()) {
            node.forEach(element -> forEachValueOf(key, element, action));
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests through Maven");
        }
        return value;
    }

    /** One operation of the bundle. */
    record Operation(String path, String method, JsonNode node) {

        String command() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** One operation of a webhook of the bundle. */
    record WebhookOperation(String callbackCommand, String method, JsonNode node) {

        @Override
        public String toString() {
            return callbackCommand;
        }
    }

    /** One row of the error-code table. */
    record ErrorCodeEntry(int code, String name, String category, String scope, String description) {
    }
}

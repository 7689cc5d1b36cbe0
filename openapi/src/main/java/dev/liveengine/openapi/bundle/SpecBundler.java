package dev.liveengine.openapi.bundle;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the split spec into the published single file: every external {@code $ref} becomes a
 * component, every example file named by {@code externalValue} is inlined as {@code value}, and
 * the rate limits and error codes are written into the descriptions, so the result stands alone.
 * Writes {@code live-engine.yaml} and its JSON twin {@code live-engine.json}.
 *
 * <p>The webhooks are a map of path items under the root key {@code x-webhooks} (OpenAPI 3.0 has no
 * {@code webhooks}), which the parser leaves alone like any extension: their {@code $ref}s would
 * stay pointers into the split sources. So the bundler hands each webhook to the parser as a path
 * of its own, which resolves it exactly as it resolves an operation (schemas and parameters become
 * components under their file names), then moves the resolved path items back under
 * {@code x-webhooks}, in source order. The bundle's {@code x-webhooks} thus refers only to
 * {@code #/components/...}, and every event schema is a component that generators turn into a type.
 *
 * <p>Usage: {@code SpecBundler <root.yaml> <output-dir> <committed-bundle.yaml> <ci>}. Unless
 * {@code ci} is {@code true}, the committed bundle is rewritten when it differs, so that a developer
 * only has to commit it; in CI it is left alone, for {@code BundleIsFreshTest} to compare.
 */
public final class SpecBundler {

    private static final ObjectMapper YAML_SOURCE = Yaml.mapper();
    /** swagger-core's YAML mapper, with the keywords of every object in a fixed order (see KeywordOrder). */
    private static final ObjectWriter YAML_OUT = KeywordOrder.applyTo(Yaml.mapper()).writer(new DefaultPrettyPrinter());
    private static final ObjectMapper JSON_PAYLOAD = new ObjectMapper();
    /** The root key of the webhooks. */
    public static final String WEBHOOKS = "x-webhooks";
    /** Keywords that give a schema a shape, or a type, of its own. */
    private static final List<String> STRUCTURE = List.of("type", "$ref", "allOf", "oneOf", "anyOf", "not",
            "properties", "additionalProperties", "items", "enum");
    /** Where a webhook sits among the paths while the parser resolves it; never in the output. */
    private static final String WEBHOOK_PATH = "/x-webhooks/";

    private SpecBundler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SpecBundler <root.yaml> <output-dir> <committed-bundle.yaml> <ci>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path outDir = Path.of(args[1]);
        String yaml = bundleYaml(root);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("live-engine.yaml"), yaml, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("live-engine.json"), JsonTwin.of(yaml), StandardCharsets.UTF_8);
        Path committed = Path.of(args[2]);
        if (!Boolean.parseBoolean(args[3]) && (!Files.exists(committed) || !Files.readString(committed).equals(yaml))) {
            Files.writeString(committed, yaml, StandardCharsets.UTF_8);
            System.out.println("[spec] refreshed " + committed);
        }
    }

    /** The bundled spec as YAML text; fails on any parser message, so a broken $ref stops the build. */
    public static String bundleYaml(Path root) throws IOException {
        ObjectNode source = (ObjectNode) YAML_SOURCE.readTree(root.toFile());
        Map<String, String> webhookFiles = webhookFiles(source);
        source.remove(WEBHOOKS);
        ObjectNode sourcePaths = (ObjectNode) source.get("paths");
        webhookFiles.forEach((command, file) -> {
            String path = WEBHOOK_PATH + command;
            if (sourcePaths.has(path)) {
                throw new IllegalStateException(path + " is taken; the bundler needs it for a webhook");
            }
            sourcePaths.putObject(path).put("$ref", file);
        });
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(YAML_SOURCE.writeValueAsString(source), null,
                options, root.toString());
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException("the spec does not parse cleanly: " + result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        Map<String, PathItem> webhooks = new LinkedHashMap<>();
        webhookFiles.keySet().forEach(command -> webhooks.put(command, api.getPaths().remove(WEBHOOK_PATH + command)));
        inlineExampleFiles(api, root);
        webhookFiles.forEach((command, file) ->
                inlineExamples(webhooks.get(command), root.getParent().resolve(file).getParent()));
        referenceSharedParameters(api, api.getPaths().values());
        referenceSharedParameters(api, webhooks.values());
        keepUntypedSchemasUntyped(api, root.getParent());
        ExtensionDocs.render(api);
        if (!webhooks.isEmpty()) {
            api.addExtension(WEBHOOKS, webhooks);
        }
        return YAML_OUT.writeValueAsString(api);
    }

    /**
     * swagger-core reads a schema file that has no {@code type} as an object schema. For a schema with
     * {@code allOf} or {@code properties} that is what it is, but a schema file with no structure at
     * all is untyped on purpose (a field whose vendor samples show values of two types, such as
     * {@code LenientUserId}): the bundle must not narrow it to an object.
     */
    private static void keepUntypedSchemasUntyped(OpenAPI api, Path specDir) throws IOException {
        Set<String> untyped = new HashSet<>();
        try (Stream<Path> files = Files.walk(specDir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                boolean schemaFile = name.endsWith(".yaml") && (file.getParent().getFileName().toString().equals("models")
                        || file.getParent().endsWith(Path.of("shared", "schemas")));
                if (!schemaFile) {
                    continue;
                }
                JsonNode schema = YAML_SOURCE.readTree(file.toFile());
                if (schema.isObject() && STRUCTURE.stream().noneMatch(schema::has)) {
                    untyped.add(name.substring(0, name.length() - ".yaml".length()));
                }
            }
        }
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (untyped.contains(name)) {
                schema.setType(null);
            }
        });
    }

    /**
     * The root's {@code x-webhooks}: command word to the file of its path item, in source order. Each
     * entry must be nothing but a {@code $ref} to a file, as the layout rules require.
     */
    private static Map<String, String> webhookFiles(ObjectNode source) {
        Map<String, String> files = new LinkedHashMap<>();
        source.path(WEBHOOKS).properties().forEach(entry -> {
            JsonNode ref = entry.getValue().path("$ref");
            if (!ref.isTextual() || entry.getValue().size() != 1 || ref.asText().contains("#")) {
                throw new IllegalStateException(WEBHOOKS + "." + entry.getKey() + " must be a $ref to its webhook file");
            }
            files.put(entry.getKey(), ref.asText());
        });
        return files;
    }

    /**
     * The parser copies a parameter from a shared file into every operation that names it; point
     * those copies back at the one definition in {@code components/parameters}.
     */
    private static void referenceSharedParameters(OpenAPI api, Iterable<PathItem> pathItems) {
        Map<String, Parameter> shared = api.getComponents().getParameters();
        if (shared == null) {
            return;
        }
        for (PathItem pathItem : pathItems) {
            for (Operation operation : pathItem.readOperations()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().replaceAll(parameter -> shared.entrySet().stream()
                            .filter(entry -> entry.getValue().equals(parameter))
                            .findFirst()
                            .map(entry -> new Parameter().$ref("#/components/parameters/" + entry.getKey()))
                            .orElse(parameter));
                }
            }
        }
    }

    /**
     * Example files are named relative to the operation file that uses them; the root file maps
     * each path to that operation file, which gives the directory to resolve against.
     */
    private static void inlineExampleFiles(OpenAPI api, Path root) throws IOException {
        JsonNode rootPaths = YAML_SOURCE.readTree(root.toFile()).path("paths");
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            String operationFile = rootPaths.path(path.getKey()).path("$ref").asText(null);
            if (operationFile == null) {
                throw new IllegalStateException(path.getKey() + " must be a $ref to its operation file");
            }
            inlineExamples(path.getValue(), root.getParent().resolve(operationFile).getParent());
        }
    }

    /** Inlines the example files of a path item's operations, named relative to {@code dir}. */
    private static void inlineExamples(PathItem pathItem, Path dir) {
        for (Operation operation : pathItem.readOperations()) {
            mediaTypes(operation).forEach(media -> inline(media, dir));
        }
    }

    private static Stream<MediaType> mediaTypes(Operation operation) {
        Stream<MediaType> requests = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? Stream.empty()
                : operation.getRequestBody().getContent().values().stream();
        Stream<MediaType> responses = operation.getResponses().values().stream()
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().values().stream());
        return Stream.concat(requests, responses);
    }

    private static void inline(MediaType media, Path dir) {
        if (media.getExamples() == null) {
            return;
        }
        for (Map.Entry<String, Example> named : media.getExamples().entrySet()) {
            Example example = named.getValue();
            if (example.getExternalValue() == null) {
                continue;
            }
            Path file = dir.resolve(example.getExternalValue());
            try {
                example.setValue(JSON_PAYLOAD.readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("example " + named.getKey() + " in " + file, e);
            }
            example.setExternalValue(null);
        }
    }
}

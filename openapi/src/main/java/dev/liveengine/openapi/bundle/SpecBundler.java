package dev.liveengine.openapi.bundle;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the split spec into the published single file: every external {@code $ref} becomes a
 * component, every example file named by {@code externalValue} is inlined as {@code value}, and
 * the rate limits and error codes are written into the descriptions, so the result stands alone.
 * Writes {@code live-engine.yaml} and its JSON twin {@code live-engine.json}.
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
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(root.toString(), null, options);
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException("the spec does not parse cleanly: " + result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        inlineExampleFiles(api, root);
        referenceSharedParameters(api);
        ExtensionDocs.render(api);
        return YAML_OUT.writeValueAsString(api);
    }

    /**
     * The parser copies a parameter from a shared file into every operation that names it; point
     * those copies back at the one definition in {@code components/parameters}.
     */
    private static void referenceSharedParameters(OpenAPI api) {
        Map<String, Parameter> shared = api.getComponents().getParameters();
        if (shared == null) {
            return;
        }
        for (PathItem pathItem : api.getPaths().values()) {
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
            Path dir = root.getParent().resolve(operationFile).getParent();
            for (Operation operation : path.getValue().readOperations()) {
                mediaTypes(operation).forEach(media -> inline(media, dir));
            }
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

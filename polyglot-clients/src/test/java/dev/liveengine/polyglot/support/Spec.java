package dev.liveengine.polyglot.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bundled spec, parsed once per test run the way {@code openapi-generator-cli validate} parses it, and
 * what the checks of the generated clients need from it.
 */
public final class Spec {

    /** One operation: its operationId and the one tag that groups it (the spec's rules allow exactly one). */
    public record SpecOperation(String operationId, String tag) {}

    private Spec() {}

    /** The parser's result, messages included. */
    public static SwaggerParseResult parseResult() {
        return Parsed.RESULT;
    }

    /** The parsed document; fails when the parser could not produce one. */
    public static OpenAPI openApi() {
        OpenAPI openApi = Parsed.RESULT.getOpenAPI();
        if (openApi == null) {
            throw new AssertionError("the spec " + PolyglotBuild.specBundle() + " could not be parsed: "
                    + Parsed.RESULT.getMessages());
        }
        return openApi;
    }

    /** Every operation of every path. */
    public static List<SpecOperation> operations() {
        List<SpecOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : openApi().getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                String operationId = Objects.requireNonNull(operation.getOperationId(), where + " has no operationId");
                List<String> tags = Objects.requireNonNull(operation.getTags(), where + " has no tag");
                if (tags.size() != 1) {
                    throw new AssertionError(where + " should have exactly one tag, has " + tags);
                }
                operations.add(new SpecOperation(operationId, tags.get(0)));
            }
        }
        if (operations.isEmpty()) {
            throw new AssertionError("the spec " + PolyglotBuild.specBundle() + " has no operations");
        }
        return List.copyOf(operations);
    }

    /** The operationIds grouped by tag, both sorted: what each generated API class or file should hold. */
    public static Map<String, List<String>> operationIdsByTag() {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (SpecOperation operation : operations()) {
            byTag.computeIfAbsent(operation.tag(), tag -> new ArrayList<>()).add(operation.operationId());
        }
        byTag.values().forEach(ids -> ids.sort(null));
        return byTag;
    }

    /**
     * The component schemas that become a model of their own in every generated client: objects, compositions
     * and enums. Plain aliases of a string or integer (RoomId, ErrorCode, ...) are inlined by the generators.
     */
    public static List<String> modelSchemaNames() {
        Map<String, Schema> schemas = openApi().getComponents().getSchemas();
        return schemas.entrySet().stream()
                .filter(entry -> isModel(entry.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * Whether generators make a model of the schema. An object without properties or composition
     * (an empty request body such as copy_default_gift_config's) is free-form to every generator:
     * a map or plain object, no model of its own.
     */
    private static boolean isModel(Schema<?> schema) {
        boolean hasProperties = schema.getProperties() != null && !schema.getProperties().isEmpty();
        return hasProperties || schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null
                || schema.getEnum() != null;
    }

    /**
     * The component schemas the webhooks ({@code x-webhooks}) use, directly or through other schemas.
     * The generators know no webhooks, so to them these look unused, though every client gets their models.
     */
    public static Set<String> webhookSchemaNames() {
        Map<String, Schema> schemas = openApi().getComponents().getSchemas();
        Deque<String> pending = new ArrayDeque<>(referencedSchemas(Json.mapper().valueToTree(openApi().getExtensions().get("x-webhooks"))));
        Set<String> used = new TreeSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (used.add(name) && schemas.containsKey(name)) {
                pending.addAll(referencedSchemas(Json.mapper().valueToTree(schemas.get(name))));
            }
        }
        return used;
    }

    private static List<String> referencedSchemas(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.findValues("$ref").forEach(ref -> {
            if (ref.asText().startsWith(SCHEMA_PREFIX)) {
                names.add(ref.asText().substring(SCHEMA_PREFIX.length()));
            }
        });
        return names;
    }

    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    /** Holder: the spec is parsed on first use, once. */
    private static final class Parsed {
        static final SwaggerParseResult RESULT = parse();

        private static SwaggerParseResult parse() {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            return new OpenAPIParser().readLocation(PolyglotBuild.specBundle().toUri().toString(), null, options);
        }
    }
}

package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled spec, read from the {@code live-engine-openapi} jar and turned into one
 * {@link OperationContract} per path. The emulator validates every request with these compiled
 * schemas, so its idea of a valid request is the spec's, not a second hand-written copy.
 */
public final class SpecContract {

    public static final String SPEC_JSON = "openapi/live-engine.json";
    public static final String SPEC_YAML = "openapi/live-engine.yaml";

    private final JsonNode document;
    private final Map<String, OperationContract> operations;

    private SpecContract(JsonNode document, JsonSchemaFactory schemas) {
        this.document = document;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        Map<String, OperationContract> byPath = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String operationPointer = "/paths/" + escape(path.getKey()) + "/post";
            byPath.put(path.getKey(), compile(path.getKey(), operationPointer, path.getValue().path("post"), schemas, config));
        }
        this.operations = Map.copyOf(byPath);
    }

    /** Reads and compiles the bundled spec from the classpath. */
    public static SpecContract load() {
        try (InputStream in = SpecContract.class.getClassLoader().getResourceAsStream(SPEC_JSON)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_JSON + " is missing from the classpath");
            }
            JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                    .keyword(SchemaKeywords.maxBytes())
                    .keyword(SchemaKeywords.jsonText())
                    .build();
            JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                    builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
            return new SpecContract(new ObjectMapper().readTree(in), schemas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<OperationContract> operation(String path) {
        return Optional.ofNullable(operations.get(path));
    }

    public Map<String, OperationContract> operations() {
        return operations;
    }

    /** The bundled spec itself. */
    public JsonNode document() {
        return document;
    }

    private OperationContract compile(String path, String operationPointer, JsonNode operation,
                                      JsonSchemaFactory schemas, SchemaValidatorsConfig config) {
        List<QueryParameterRule> query = new ArrayList<>();
        JsonNode parameters = operation.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String pointer = parameter.has("$ref")
                    ? parameter.get("$ref").asText().substring(1)
                    : operationPointer + "/parameters/" + i;
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                query.add(new QueryParameterRule(resolved.path("name").asText(), resolved.path("required").asBoolean(),
                        resolve(resolved.path("schema")).path("type").asText("string"),
                        schemas.getSchema(location(pointer + "/schema"), config)));
            }
        }
        JsonSchema body = schemas.getSchema(
                location(operationPointer + "/requestBody/content/application~1json/schema"), config);
        return new OperationContract(path, query, body, rateLimit(path, operation.path("x-rate-limit")));
    }

    private static RateLimit rateLimit(String path, JsonNode limit) {
        if (limit.isMissingNode()) {
            throw new IllegalStateException(path + " has no x-rate-limit");
        }
        String command = path.substring(path.lastIndexOf('/') + 1);
        return new RateLimit(limit.path("bucket").asText(command), limit.path("requests").asInt(),
                limit.path("periodSeconds").asInt(1), limit.path("errorCode").asInt());
    }

    /** Follows a local {@code $ref} in the bundled document, if {@code node} is one. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static SchemaLocation location(String pointer) {
        return SchemaLocation.of("classpath:" + SPEC_JSON + "#" + pointer);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}

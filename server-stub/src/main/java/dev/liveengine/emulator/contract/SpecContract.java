package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the emulator serves, read from the {@code live-engine-openapi} jar: the bundled Live Engine
 * spec and the emulator's own control API, turned into one {@link OperationContract} per path. The
 * emulator validates every request with these compiled schemas, so its idea of a valid request is
 * the spec's, not a second hand-written copy.
 */
public final class SpecContract {

    public static final String SPEC_JSON = "openapi/live-engine.json";
    public static final String SPEC_YAML = "openapi/live-engine.yaml";
    public static final String CONTROL_SPEC_JSON = "openapi/emulator-control.json";
    public static final String CONTROL_SPEC_YAML = "openapi/emulator-control.yaml";

    private final JsonNode document;
    private final Map<String, OperationContract> operations;
    /** Each webhook's event schema, by callback command. */
    private final Map<String, LazySchema> webhookEvents;
    private final OperationNames names;

    private SpecContract(JsonNode document, JsonNode controlDocument, JsonSchemaFactory schemas) {
        this.document = document;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        Map<String, OperationContract> byPath = new LinkedHashMap<>();
        Set<String> askingFirst = askingTheAppFirst(document);
        compileAll(SPEC_JSON, document, true, askingFirst, schemas, config, byPath);
        compileAll(CONTROL_SPEC_JSON, controlDocument, false, Set.of(), schemas, config, byPath);
        this.operations = Map.copyOf(byPath);
        this.webhookEvents = webhookEvents(document, schemas, config);
        this.names = new OperationNames(byPath.values().stream().filter(OperationContract::isLiveEngineApi).toList());
    }

    /** Reads and compiles both specs from the classpath. */
    public static SpecContract load() {
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                .keyword(SchemaKeywords.maxBytes())
                .keyword(SchemaKeywords.jsonText())
                .build();
        JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
        return new SpecContract(read(SPEC_JSON), read(CONTROL_SPEC_JSON), schemas);
    }

    public Optional<OperationContract> operation(String path) {
        return Optional.ofNullable(operations.get(path));
    }

    /** Every operation of both specs, by path. */
    public Map<String, OperationContract> operations() {
        return operations;
    }

    /** The Live Engine operation a user names by path, {@code service/command}, operationId or unique command. */
    public OperationContract liveEngineOperation(String name) {
        return names.resolve(name);
    }

    /** The bundled Live Engine spec itself. */
    public JsonNode document() {
        return document;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SpecContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, LazySchema> webhookEvents(JsonNode spec, JsonSchemaFactory schemas, SchemaValidatorsConfig config) {
        Map<String, LazySchema> events = new LinkedHashMap<>();
        spec.path("x-webhooks").fieldNames().forEachRemaining(command -> events.put(command, new LazySchema(() -> schemas.getSchema(
                location(SPEC_JSON, "/x-webhooks/" + escape(command) + "/post/requestBody/content/application~1json/schema"), config))));
        return Map.copyOf(events);
    }

    /** The callback commands the spec describes as webhooks. */
    public java.util.Set<String> webhookCommands() {
        return webhookEvents.keySet();
    }

    /** What is wrong with a webhook body according to the spec's schema for its callback command, or nothing. */
    public List<String> webhookProblems(String callbackCommand, JsonNode event) {
        LazySchema schema = webhookEvents.get(callbackCommand);
        if (schema == null) {
            return List.of("the spec describes no webhook " + callbackCommand);
        }
        return schema.get().validate(event).stream().map(com.networknt.schema.ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * The operationIds that ask the app before they act: those that a "Before" webhook
     * ({@code *.CallbackBefore*}) lists in its {@code x-triggered-by}.
     */
    private static Set<String> askingTheAppFirst(JsonNode spec) {
        Set<String> operationIds = new HashSet<>();
        spec.path("x-webhooks").properties().stream()
                .filter(webhook -> webhook.getKey().contains(".CallbackBefore"))
                .forEach(webhook -> webhook.getValue().path("post").path("x-triggered-by")
                        .forEach(operationId -> operationIds.add(operationId.asText())));
        return operationIds;
    }

    private void compileAll(String resource, JsonNode spec, boolean liveEngineApi, Set<String> askingFirst,
                            JsonSchemaFactory schemas, SchemaValidatorsConfig config, Map<String, OperationContract> byPath) {
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String operationPointer = "/paths/" + escape(path.getKey()) + "/post";
            JsonNode operation = path.getValue().path("post");
            boolean asksFirst = askingFirst.contains(operation.path("operationId").asText());
            if (byPath.put(path.getKey(), compile(resource, spec, liveEngineApi, asksFirst, path.getKey(), operationPointer,
                    operation, schemas, config)) != null) {
                throw new IllegalStateException(path.getKey() + " is in two specs");
            }
        }
    }

    private OperationContract compile(String resource, JsonNode spec, boolean liveEngineApi, boolean asksFirst, String path,
                                      String operationPointer,
                                      JsonNode operation, JsonSchemaFactory schemas, SchemaValidatorsConfig config) {
        List<QueryParameterRule> query = new ArrayList<>();
        JsonNode parameters = operation.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String pointer = parameter.has("$ref")
                    ? parameter.get("$ref").asText().substring(1)
                    : operationPointer + "/parameters/" + i;
            JsonNode resolved = resolve(spec, parameter);
            if ("query".equals(resolved.path("in").asText())) {
                query.add(new QueryParameterRule(resolved.path("name").asText(), resolved.path("required").asBoolean(),
                        resolve(spec, resolved.path("schema")).path("type").asText("string"),
                        new LazySchema(() -> schemas.getSchema(location(resource, pointer + "/schema"), config))));
            }
        }
        LazySchema body = new LazySchema(() -> schemas.getSchema(
                location(resource, operationPointer + "/requestBody/content/application~1json/schema"), config));
        LazySchema reply = new LazySchema(() -> schemas.getSchema(
                location(resource, operationPointer + "/responses/200/content/application~1json/schema"), config));
        String name = OperationContract.nameOf(path);
        return new OperationContract(path, operation.path("operationId").asText(), liveEngineApi, asksFirst, query, body, reply,
                rateLimit(name, operation.path("x-rate-limit")), documentedErrorCodes(operation));
    }

    /** The documented limit, or none for the control API, which the service does not have. */
    private static Optional<RateLimit> rateLimit(String name, JsonNode limit) {
        if (limit.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(limit.path("bucket").asText(name), limit.path("requests").asInt(),
                limit.path("periodSeconds").asInt(1), limit.path("errorCode").asInt()));
    }

    /** The operation's own codes plus those every operation may answer (scope {@code common}). */
    private Set<Integer> documentedErrorCodes(JsonNode operation) {
        Set<Integer> codes = new HashSet<>();
        operation.path("x-error-codes").forEach(code -> codes.add(code.asInt()));
        document.at("/components/schemas/ErrorCode/x-error-codes").forEach(entry -> {
            if ("common".equals(entry.path("scope").asText())) {
                codes.add(entry.path("code").asInt());
            }
        });
        return Set.copyOf(codes);
    }

    /** Follows a local {@code $ref} in {@code spec}, if {@code node} is one. */
    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = spec.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static SchemaLocation location(String resource, String pointer) {
        return SchemaLocation.of("classpath:" + resource + "#" + pointer);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}

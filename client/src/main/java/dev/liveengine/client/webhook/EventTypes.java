package dev.liveengine.client.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which generated model each callback command carries, read from the spec's {@code x-webhooks} in
 * the bundled spec that ships with the client, the same way {@code ErrorCatalog} reads the error
 * codes: the spec is the one list of webhooks, and a new one needs no code here.
 */
final class EventTypes {

    private static final String SPEC_RESOURCE = "/openapi/live-engine.json";
    private static final String MODEL_PACKAGE = "dev.liveengine.client.model.";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    private static final class Loaded {
        static final Map<String, Class<?>> TYPES = load();
    }

    private EventTypes() {
    }

    static Optional<Class<?>> of(String callbackCommand) {
        return Optional.ofNullable(Loaded.TYPES.get(callbackCommand));
    }

    /** Every callback command the spec describes, with its model. */
    static Map<String, Class<?>> all() {
        return Loaded.TYPES;
    }

    private static Map<String, Class<?>> load() {
        try (InputStream in = EventTypes.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is missing from the classpath");
            }
            JsonNode webhooks = new ObjectMapper().readTree(in).path("x-webhooks");
            Map<String, Class<?>> types = new LinkedHashMap<>();
            webhooks.properties().forEach(webhook -> {
                String ref = webhook.getValue().path("post").path("requestBody").path("content")
                        .path("application/json").path("schema").path("$ref").asText();
                if (!ref.startsWith(SCHEMA_PREFIX)) {
                    throw new IllegalStateException("webhook " + webhook.getKey() + " has no event schema");
                }
                types.put(webhook.getKey(), modelClass(ref.substring(SCHEMA_PREFIX.length())));
            });
            if (types.isEmpty()) {
                throw new IllegalStateException("the spec describes no webhooks");
            }
            return Map.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> modelClass(String schema) {
        try {
            return Class.forName(MODEL_PACKAGE + schema);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the client has no model for the webhook schema " + schema, e);
        }
    }
}

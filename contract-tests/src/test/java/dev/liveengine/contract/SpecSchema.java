package dev.liveengine.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * A schema of the bundled spec, as far as the Pact rules need it: whether the spec gives the value at
 * a place of a payload one JSON type. It mostly does; where it does not ({@code LenientUserId} and
 * {@code MessageEventTime}, which set no type, and {@code ProfileValue}, a string or an integer), a
 * rule taking the type of the example's value would hold the provider to more than the spec does.
 *
 * <p>A place the schema does not describe is {@link #UNKNOWN}, which counts as typed: the example's
 * type then stands, as it would without a schema.
 */
record SpecSchema(JsonNode node) {

    /** A place the spec does not describe. */
    static final SpecSchema UNKNOWN = new SpecSchema(MissingNode.getInstance());

    private static final String BUNDLE_RESOURCE = "/openapi/live-engine.yaml";
    private static final String JSON = "application/json";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    /** The event schema of a webhook, such as {@code AfterCreateRoomEvent} for {@code Live.CallbackAfterCreateRoom}. */
    static SpecSchema webhookEvent(String callbackCommand) {
        return of(Bundle.SPEC.path("x-webhooks").path(callbackCommand).path("post").path("requestBody"),
                "the webhook " + callbackCommand);
    }

    /** The schema of the HTTP 200 reply of the operation at {@code path}. */
    static SpecSchema reply(String path) {
        return of(Bundle.SPEC.path("paths").path(path).path("post").path("responses").path("200"), "the reply of " + path);
    }

    private static SpecSchema of(JsonNode body, String what) {
        JsonNode schema = body.path("content").path(JSON).path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("the spec has no JSON schema for " + what);
        }
        return new SpecSchema(schema);
    }

    /** The name of the component the schema refers to ({@code AfterCreateRoomEvent}), which is the name of its model. */
    String componentName() {
        String ref = node.path("$ref").asText();
        if (!ref.startsWith(SCHEMA_PREFIX)) {
            throw new IllegalStateException("the schema is not a component: " + node);
        }
        return ref.substring(SCHEMA_PREFIX.length());
    }

    /** The schema of the object's property {@code name}, its own or one of its {@code allOf} parts'. */
    SpecSchema property(String name) {
        return find(resolve(node), schema -> schema.path("properties").path(name), new HashSet<>());
    }

    /** The schema of the array's elements. */
    SpecSchema items() {
        return find(resolve(node), schema -> schema.path("items"), new HashSet<>());
    }

    /**
     * Whether the schema lists the properties of its objects (its own or its {@code allOf} parts'):
     * false for a free-form object, and for a place the spec does not describe.
     */
    boolean declaresProperties() {
        return find(resolve(node), schema -> schema.path("properties"), new HashSet<>()) != UNKNOWN;
    }

    /** The properties an object must have: its {@code required} list and its {@code allOf} parts'. */
    Set<String> required() {
        Set<String> required = new HashSet<>();
        collectRequired(resolve(node), required, new HashSet<>());
        return required;
    }

    private static void collectRequired(JsonNode schema, Set<String> required, Set<JsonNode> seen) {
        if (schema.isMissingNode() || !seen.add(schema)) {
            return;
        }
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("allOf").forEach(part -> collectRequired(resolve(part), required, seen));
    }

    /**
     * Whether every value valid here has the same JSON type: false where the schema sets no type, or
     * allows several ({@code oneOf} alternatives of different types).
     */
    boolean hasOneType() {
        JsonNode schema = resolve(node);
        if (schema.isMissingNode() || schema.has("type") || schema.has("allOf") || schema.has("properties") || schema.has("items")) {
            return true;
        }
        JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.path("anyOf");
        Set<String> types = new HashSet<>();
        alternatives.forEach(alternative -> types.add(resolve(alternative).path("type").asText()));
        return types.size() == 1 && !types.contains("");
    }

    private interface Step {
        JsonNode from(JsonNode schema);
    }

    private static SpecSchema find(JsonNode schema, Step step, Set<JsonNode> seen) {
        if (schema.isMissingNode() || !seen.add(schema)) {
            return UNKNOWN;
        }
        JsonNode found = step.from(schema);
        if (!found.isMissingNode()) {
            return new SpecSchema(found);
        }
        for (JsonNode part : schema.path("allOf")) {
            SpecSchema inPart = find(resolve(part), step, seen);
            if (inPart != UNKNOWN) {
                return inPart;
            }
        }
        return UNKNOWN;
    }

    /** The schema itself, or the component its {@code $ref} names, followed to the end. */
    private static JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref"); hops++) {
            String ref = resolved.get("$ref").asText();
            if (!ref.startsWith(SCHEMA_PREFIX) || hops > 32) {
                throw new IllegalStateException("cannot follow the reference " + ref);
            }
            resolved = Bundle.SPEC.path("components").path("schemas").path(ref.substring(SCHEMA_PREFIX.length()));
        }
        return resolved;
    }

    /** Lazy holder: the bundle is read on first use. */
    private static final class Bundle {
        static final JsonNode SPEC = read();

        private static JsonNode read() {
            try (InputStream in = SpecSchema.class.getResourceAsStream(BUNDLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLE_RESOURCE + " is not on the classpath");
                }
                return new ObjectMapper(new YAMLFactory()).readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(BUNDLE_RESOURCE, e);
            }
        }
    }
}

package dev.liveengine.openapi.bundle;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A fixed order for the keywords of every OpenAPI object the bundle writes. swagger-core's models
 * carry no {@code @JsonPropertyOrder} (only its 3.1 schema mixin has one), so Jackson writes a
 * model's fields in the order reflection happens to list its getters, which differs between JVM
 * runs: the bundle's bytes changed from one build to the next with nothing else changed.
 *
 * <p>Only bean properties are ordered; Jackson never calls this for maps, so path names, schema
 * names, property names, example payloads and extension values keep the order the sources give
 * them. The listed keywords come first, in the order OpenAPI's own documents use; any other
 * property follows in alphabetical order, so a keyword this list does not know is still placed
 * the same way every time. Extensions ({@code x-...}) are written after all properties, as before.
 */
final class KeywordOrder extends BeanSerializerModifier {

    private static final List<String> REF = List.of("$ref");

    /** Per model type; a subclass (every typed Schema such as StringSchema) takes its parent's order. */
    private static final Map<Class<?>, List<String>> ORDER = Map.ofEntries(
            Map.entry(OpenAPI.class, List.of("openapi", "info", "externalDocs", "servers", "security", "tags", "paths",
                    "components")),
            Map.entry(Info.class, List.of("title", "version", "description", "termsOfService", "contact", "license")),
            Map.entry(Contact.class, List.of("name", "url", "email")),
            Map.entry(License.class, List.of("name", "url")),
            Map.entry(ExternalDocumentation.class, List.of("description", "url")),
            Map.entry(Server.class, List.of("url", "description", "variables")),
            Map.entry(Tag.class, List.of("name", "description", "externalDocs")),
            Map.entry(PathItem.class, List.of("$ref", "summary", "description", "get", "put", "post", "delete",
                    "options", "head", "patch", "trace", "servers", "parameters")),
            Map.entry(Operation.class, List.of("tags", "summary", "description", "externalDocs", "operationId",
                    "parameters", "requestBody", "responses", "callbacks", "deprecated", "security", "servers")),
            Map.entry(Parameter.class, List.of("$ref", "name", "in", "description", "required", "deprecated",
                    "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content")),
            Map.entry(RequestBody.class, List.of("$ref", "description", "required", "content")),
            Map.entry(ApiResponse.class, List.of("$ref", "description", "headers", "content", "links")),
            Map.entry(MediaType.class, List.of("schema", "example", "examples", "encoding")),
            Map.entry(Example.class, List.of("$ref", "summary", "description", "value", "externalValue")),
            Map.entry(SecurityScheme.class, List.of("$ref", "type", "description", "name", "in", "scheme",
                    "bearerFormat", "flows", "openIdConnectUrl")),
            Map.entry(Components.class, List.of("schemas", "responses", "parameters", "examples", "requestBodies",
                    "headers", "securitySchemes", "links", "callbacks")),
            // what a value is, then its bounds, then its members, then illustration
            Map.entry(Schema.class, List.of("$ref", "title", "type", "format", "description", "nullable", "readOnly",
                    "writeOnly", "deprecated", "enum", "default", "minimum", "exclusiveMinimum", "maximum",
                    "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems",
                    "uniqueItems", "minProperties", "maxProperties", "required", "properties", "additionalProperties",
                    "items", "allOf", "oneOf", "anyOf", "not", "discriminator", "example", "externalDocs", "xml")));

    private KeywordOrder() {
    }

    /** A copy of {@code mapper} that writes OpenAPI model objects with their keywords in the fixed order. */
    static ObjectMapper applyTo(ObjectMapper mapper) {
        return mapper.copy().registerModule(new SimpleModule("keyword-order").setSerializerModifier(new KeywordOrder()));
    }

    @Override
    public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription bean,
                                                    List<BeanPropertyWriter> properties) {
        List<String> order = orderOf(bean.getBeanClass());
        properties.sort(Comparator.comparingInt((BeanPropertyWriter property) -> rank(order, property.getName()))
                .thenComparing(BeanPropertyWriter::getName));
        return properties;
    }

    private static List<String> orderOf(Class<?> type) {
        return ORDER.entrySet().stream()
                .filter(entry -> entry.getKey().isAssignableFrom(type))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(REF);
    }

    private static int rank(List<String> order, String name) {
        int index = order.indexOf(name);
        return index < 0 ? order.size() : index;
    }
}

package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.testing.OperationIds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulator's control API is called like the Live Engine API, so the emulator can serve both
 * with one pipeline and a client needs nothing new: the same credentials, the same common query
 * parameters and the same envelope, as copies that must not drift from the Live Engine spec's.
 */
class ControlSpecTest {

    private static final String PREFIX = "/emulator/v1/";
    private static final String JSON = "application/json";

    private final JsonNode control = SpecFiles.readYaml(SpecFiles.built("emulator-control.yaml"));
    private final JsonNode liveEngine = SpecFiles.bundle();

    @Test
    void credentialsAndCommonParametersAreThoseOfTheLiveEngineApi() {
        assertEquals(liveEngine.path("security"), control.path("security"), "root security requirement");
        assertSameComponent("securitySchemes", "SdkAppId");
        assertSameComponent("securitySchemes", "Identifier");
        assertSameComponent("securitySchemes", "UserSig");
        assertSameComponent("parameters", "Random");
        assertSameComponent("parameters", "ContentType");
        assertSameComponent("schemas", "ContentType");
    }

    @Test
    void envelopeIsThatOfTheLiveEngineApi() {
        assertSameComponent("schemas", "ActionStatus");
        JsonNode ours = schema(control, "BaseResponse");
        JsonNode theirs = schema(liveEngine, "BaseResponse");
        assertEquals(theirs.path("required"), ours.path("required"), "BaseResponse.required");
        assertEquals(fieldNames(theirs.path("properties")), fieldNames(ours.path("properties")), "BaseResponse fields");
        for (String field : List.of("ErrorInfo", "RequestId")) {
            assertEquals(theirs.path("properties").path(field), ours.path("properties").path(field), field);
        }
        for (String keyword : List.of("type", "format")) {
            assertEquals(schema(liveEngine, "ErrorCode").path(keyword), schema(control, "ErrorCode").path(keyword),
                    "ErrorCode." + keyword);
        }
    }

    @Test
    void everyOperationIsAPostOfAJsonObjectToItsCommand() {
        List<String> paths = fieldNames(control.path("paths"));
        assertFalse(paths.isEmpty(), "the control API has no operations");
        for (String path : paths) {
            assertTrue(path.matches(PREFIX + "[a-z][a-z0-9]*(_[a-z0-9]+)*"), () -> path + " is not " + PREFIX + "<command>");
            JsonNode item = control.path("paths").path(path);
            assertEquals(List.of("post"), fieldNames(item), () -> path + " methods");
            JsonNode post = item.path("post");
            assertEquals(OperationIds.of(path.substring(PREFIX.length())), post.path("operationId").asText(), path);
            assertEquals(liveEngine.path("paths").elements().next().path("post").path("parameters"),
                    post.path("parameters"), () -> path + " takes the Live Engine API's common parameters");
            assertTrue(post.path("requestBody").path("required").asBoolean(), () -> path + " request body is required");
            JsonNode body = resolve(post.path("requestBody").path("content").path(JSON).path("schema"));
            assertEquals("false", body.path("additionalProperties").asText(),
                    () -> path + " request body must not admit unknown fields");
            assertEquals(List.of("200"), fieldNames(post.path("responses")), () -> path + " responses");
        }
    }

    private void assertSameComponent(String section, String name) {
        JsonNode theirs = liveEngine.path("components").path(section).path(name);
        assertFalse(theirs.isMissingNode(), () -> "the Live Engine spec has no " + section + "/" + name);
        assertEquals(theirs, control.path("components").path(section).path(name), () -> section + "/" + name);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : schema(control, ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode schema(JsonNode spec, String name) {
        return spec.path("components").path("schemas").path(name);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

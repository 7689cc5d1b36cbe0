package dev.liveengine.openapi;

import dev.liveengine.openapi.testing.OperationIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.ErrorCodeEntry;
import dev.liveengine.openapi.SpecFiles.Operation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules every operation of the bundle follows, and the layout of the sources. */
class OperationRulesTest {

    private static final String SNAKE = "[a-z][a-z0-9]*(?:_[a-z0-9]+)*";
    private static final Pattern PATH = Pattern.compile("/v4/" + SNAKE + "/" + SNAKE);
    private static final String JSON = "application/json";
    private static final List<String> SHARED_PARAMETERS =
            List.of("#/components/parameters/ContentType", "#/components/parameters/Random");
    private static final Map<String, String> CREDENTIALS =
            Map.of("SdkAppId", "sdkappid", "Identifier", "identifier", "UserSig", "usersig");

    static List<Operation> operations() {
        return SpecFiles.operations();
    }

    static List<String> sourcePaths() {
        List<String> paths = new ArrayList<>();
        SpecFiles.readYaml(SpecFiles.specRoot()).path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    @Test
    void theBundleHasOperations() {
        assertFalse(operations().isEmpty(), "no operations in the bundle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void pathIsV4ServiceCommandInSnakeCase(Operation op) {
        assertTrue(PATH.matcher(op.path()).matches(), () -> op.path() + " is not /v4/{servicename}/{command} in snake_case");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void onlyPost(Operation op) {
        assertEquals("post", op.method(), () -> op.path() + " may only have a post operation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationIdIsTheCommandInLowerCamelCase(Operation op) {
        assertEquals(OperationIds.of(op.command()), op.node().path("operationId").asText(null));
    }

    // operationIds unique across the spec: IdentityRulesTest

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void hasExactlyOneDefinedTag(Operation op) {
        JsonNode tags = op.node().path("tags");
        assertEquals(1, tags.size(), "exactly one tag");
        Set<String> defined = new HashSet<>();
        SpecFiles.bundle().path("tags").forEach(tag -> defined.add(tag.path("name").asText()));
        assertTrue(defined.contains(tags.get(0).asText()), () -> tags.get(0) + " is not among the root tags " + defined);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void hasSummaryDescriptionAndVendorDocs(Operation op) {
        assertFalse(op.node().path("summary").asText("").isBlank(), "summary");
        assertFalse(op.node().path("description").asText("").isBlank(), "description");
        String url = op.node().path("externalDocs").path("url").asText("");
        assertTrue(URI.create(url).isAbsolute(), () -> "externalDocs.url must be an absolute URL, is '" + url + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void rateLimitIsPositiveAndNamesAKnownCode(Operation op) {
        JsonNode limit = op.node().path("x-rate-limit");
        assertTrue(limit.path("requests").isInt() && limit.path("requests").asInt() > 0, "x-rate-limit.requests > 0");
        assertTrue(limit.path("periodSeconds").isInt() && limit.path("periodSeconds").asInt() > 0,
                "x-rate-limit.periodSeconds > 0");
        assertTrue(limit.path("errorCode").isInt(), "x-rate-limit.errorCode must be an integer");
        assertTrue(SpecFiles.errorCodesByCode().containsKey(limit.path("errorCode").asInt()),
                () -> "x-rate-limit.errorCode " + limit.path("errorCode") + " is not in the error-code table");
        if (limit.has("bucket")) {
            assertTrue(limit.path("bucket").asText("").matches(SNAKE), "x-rate-limit.bucket must be a snake_case name");
        }
    }

    @Test
    void operationsSharingABucketAgreeOnTheLimit() {
        Map<String, JsonNode> firstOfBucket = new HashMap<>();
        for (Operation op : operations()) {
            JsonNode limit = op.node().path("x-rate-limit");
            if (limit.has("bucket")) {
                JsonNode first = firstOfBucket.putIfAbsent(limit.path("bucket").asText(), limit);
                assertTrue(first == null || first.equals(limit),
                        () -> op + " states a different limit for bucket " + limit.path("bucket"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void idempotenceIsStated(Operation op) {
        assertTrue(op.node().path("x-idempotent").isBoolean(), "x-idempotent must be true or false");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void privateErrorCodesAreSortedKnownAndNotCommon(Operation op) {
        JsonNode codes = op.node().path("x-error-codes");
        // empty only when the command's page lists nothing but common codes (EXTENSIONS.md, x-error-codes)
        assertTrue(codes.isArray(), "x-error-codes must list the command's own codes");
        Map<Integer, ErrorCodeEntry> table = SpecFiles.errorCodesByCode();
        int previous = Integer.MIN_VALUE;
        for (JsonNode node : codes) {
            assertTrue(node.isInt(), () -> "x-error-codes entry " + node + " is not an integer");
            int code = node.asInt();
            assertTrue(code > previous, () -> "x-error-codes must be ascending without repeats, " + code + " is not");
            previous = code;
            ErrorCodeEntry entry = table.get(code);
            assertTrue(entry != null, () -> code + " is not in the error-code table");
            assertFalse("common".equals(entry.scope()), () -> code + " is common to all commands, not private");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void parametersAreTheSharedRandomAndContentType(Operation op) {
        List<String> refs = new ArrayList<>();
        for (JsonNode parameter : op.node().path("parameters")) {
            assertEquals(1, parameter.size(), () -> "parameter " + parameter + " must be a bare $ref");
            refs.add(parameter.path("$ref").asText());
        }
        assertEquals(SHARED_PARAMETERS, refs.stream().sorted().collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void requestBodyIsRequiredJson(Operation op) {
        JsonNode body = op.node().path("requestBody");
        assertTrue(body.path("required").asBoolean(false), "requestBody.required must be true");
        assertJsonOnly(body.path("content"), "requestBody");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void onlyResponseIs200Json(Operation op) {
        JsonNode responses = op.node().path("responses");
        assertEquals(List.of("200"), fieldNames(responses), "responses");
        assertJsonOnly(responses.path("200").path("content"), "response 200");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void inheritsTheRootSecurity(Operation op) {
        assertFalse(op.node().has("security"), "the operation must not override the root security requirement");
    }

    @Test
    void rootSecurityRequiresAllThreeCredentialsTogether() {
        JsonNode security = SpecFiles.bundle().path("security");
        assertEquals(1, security.size(), "one requirement, naming all three schemes, so all are needed at once");
        assertEquals(new TreeSet<>(CREDENTIALS.keySet()), new TreeSet<>(fieldNames(security.get(0))));
        JsonNode schemes = SpecFiles.bundle().path("components").path("securitySchemes");
        CREDENTIALS.forEach((scheme, queryName) -> {
            JsonNode definition = schemes.path(scheme);
            assertEquals("apiKey", definition.path("type").asText(), scheme + ".type");
            assertEquals("query", definition.path("in").asText(), scheme + ".in");
            assertEquals(queryName, definition.path("name").asText(), scheme + ".name");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void hasRequestAndResponseExamples(Operation op) {
        JsonNode request = op.node().path("requestBody").path("content").path(JSON);
        JsonNode response = op.node().path("responses").path("200").path("content").path(JSON);
        assertTrue(request.path("examples").size() > 0 || request.has("example"), "at least one request example");
        assertTrue(response.path("examples").size() > 0 || response.has("example"), "at least one response example");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcePaths")
    void sourcePathIsARefToItsCommandFile(String path) {
        JsonNode item = SpecFiles.readYaml(SpecFiles.specRoot()).path("paths").path(path);
        assertEquals(List.of("$ref"), fieldNames(item), "the root path item must be only a $ref");
        String command = path.substring(path.lastIndexOf('/') + 1);
        String ref = item.path("$ref").asText();
        assertTrue(ref.matches("resources/[a-z][a-z0-9-]*/" + Pattern.quote(command) + "\\.yaml"),
                () -> path + " must point to resources/<group>/" + command + ".yaml, not " + ref);
        assertTrue(Files.isRegularFile(SpecFiles.specDir().resolve(ref)), () -> ref + " does not exist");
    }

    @Test
    void everyOperationFileIsUsed() {
        JsonNode paths = SpecFiles.readYaml(SpecFiles.specRoot()).path("paths");
        Set<Path> referenced = new HashSet<>();
        paths.forEach(item -> referenced.add(SpecFiles.specDir().resolve(item.path("$ref").asText()).normalize()));
        for (Path file : SpecFiles.filesUnder(SpecFiles.specDir().resolve("resources"))) {
            boolean operationFile = file.getParent().getParent().getFileName().toString().equals("resources");
            if (operationFile) {
                assertTrue(referenced.contains(file.normalize()), () -> file + " is not referenced from the root paths");
            }
        }
    }

    private static void assertJsonOnly(JsonNode content, String where) {
        assertEquals(List.of(JSON), fieldNames(content), where + " content types");
        if (!content.path(JSON).path("schema").isObject()) {
            fail(where + " has no application/json schema");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

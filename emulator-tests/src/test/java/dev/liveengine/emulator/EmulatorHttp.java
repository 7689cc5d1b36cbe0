package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Raw-HTTP driver of the emulator that a registered {@link LiveEngineEmulatorExtension} runs, for
 * tests that need to send what no typed client would: broken queries, broken bodies, other methods
 * and paths. It signs UserSigs, builds query strings and posts bodies with {@link HttpClient}, and
 * checks that every reply is a well-formed envelope (HTTP 200, JSON, ActionStatus, ErrorCode,
 * RequestId) before a test sees it. It neither starts nor resets anything: the extension does.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();
 * private static final EmulatorHttp http = new EmulatorHttp(emulator);
 * }</pre>
 *
 * <p>Operations are named by their path, or by a {@link SpecExamples.Operation} of the spec.
 */
public final class EmulatorHttp {

    public static final Pattern REQUEST_ID = Pattern.compile("Id-[0-9a-f]{32}-O-Seq-\\d+");
    public static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP/1.1 only: the emulator speaks nothing else, and an h2c upgrade attempt would only add noise. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final LiveEngineEmulatorExtension extension;
    /** Values of the {@code random} query parameter; seeded so that runs are repeatable. */
    private final Random randomParameter = new Random(20240601L);

    public EmulatorHttp(LiveEngineEmulatorExtension extension) {
        this.extension = extension;
    }

    private LiveEngineEmulator emulator() {
        return extension.emulator();
    }

    // ---- identities, UserSigs and query strings ------------------------------------------------------

    /** The administrator the queries act as: the default one when it is configured, else the only one. */
    public String admin() {
        var admins = emulator().settings().admins();
        return admins.contains(EmulatorSettings.DEFAULT_ADMIN) ? EmulatorSettings.DEFAULT_ADMIN : admins.iterator().next();
    }

    /** A UserSig the emulator accepts for {@code identifier}, issued now by the emulator's clock. */
    public String userSig(String identifier, Duration validity) {
        return emulator().userSig(identifier, validity);
    }

    /** A UserSig of any app and key, issued now by the emulator's clock: what another app's caller would send. */
    public String userSigSignedWith(long sdkAppId, String key, String identifier, Duration validity) {
        return new UserSigSigner(sdkAppId, AppSecret.of(key), emulator().settings().clock()).sign(identifier, validity);
    }

    /** A query string that passes every check: the admin, a one-day UserSig, a fresh random, json. */
    public Query query() {
        return new Query()
                .with("sdkappid", Long.toString(emulator().settings().sdkAppId()))
                .with("identifier", admin())
                .with("usersig", userSig(admin(), Duration.ofDays(1)))
                .with("random", Long.toString(Integer.toUnsignedLong(randomParameter.nextInt())))
                .with("contenttype", "json");
    }

    /** Query parameters in insertion order; values are percent-encoded when the string is built. */
    public static final class Query {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        public Query with(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        public Query without(String name) {
            parameters.remove(name);
            return this;
        }

        public String encoded() {
            return parameters.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
        }
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- requests ------------------------------------------------------------------------------------

    /** POSTs {@code body} to an operation of the spec with a valid query. */
    public Reply call(SpecExamples.Operation operation, Object body) {
        return call(operation.path(), body);
    }

    /**
     * POSTs {@code body} to {@code path} with a valid query. The body is a JSON tree or any object
     * Jackson can write, or a {@code String} or {@code byte[]} sent as it is.
     */
    public Reply call(String path, Object body) {
        return post(path, query(), body);
    }

    public Reply post(SpecExamples.Operation operation, Query query, Object body) {
        return post(operation.path(), query, body);
    }

    public Reply post(String path, Query query, Object body) {
        return send("POST", path, query.encoded(), toBytes(body));
    }

    /**
     * Sends any request; {@code rawQuery} must already be percent-encoded (null for none) and
     * {@code body} may be null for none. The reply must be a well-formed envelope.
     */
    public Reply send(String method, String path, String rawQuery, byte[] body) {
        try {
            return reply(method + " " + path, CLIENT.send(request(method, path, rawQuery, body), ofString()));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " got no HTTP reply: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Like {@link #call(String, Object)}, but returns at once; the reply is checked when it arrives. */
    public CompletableFuture<Reply> callAsync(String path, Object body) {
        return CLIENT.sendAsync(request("POST", path, query().encoded(), toBytes(body)), ofString())
                .thenApply(response -> reply("POST " + path, response));
    }

    private HttpRequest request(String method, String path, String rawQuery, byte[] body) {
        URI uri = URI.create(emulator().baseUrl() + path + (rawQuery == null ? "" : "?" + rawQuery));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    private static Reply reply(String what, HttpResponse<String> response) {
        Reply reply = new Reply(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body(), parse(response.body()));
        assertEnvelope(reply, what);
        return reply;
    }

    /** The service's promise for every reply: HTTP 200, a JSON envelope, and a RequestId of its shape. */
    private static void assertEnvelope(Reply reply, String what) {
        assertEquals(200, reply.status(), () -> what + ": HTTP status; body " + reply.text());
        assertTrue(reply.contentType().startsWith("application/json"), () -> what + ": Content-Type " + reply.contentType());
        assertNotNull(reply.json(), () -> what + ": reply is not JSON: " + reply.text());
        assertTrue(reply.json().isObject(), () -> what + ": reply is not a JSON object: " + reply.text());
        String status = reply.json().path("ActionStatus").asText();
        assertTrue(status.equals("OK") || status.equals("FAIL"), () -> what + ": ActionStatus in " + reply.text());
        assertTrue(reply.json().path("ErrorCode").isInt(), () -> what + ": ErrorCode in " + reply.text());
        assertTrue(reply.json().path("ErrorInfo").isTextual(), () -> what + ": ErrorInfo in " + reply.text());
        assertEquals(status.equals("OK"), reply.code() == 0, () -> what + ": ActionStatus against ErrorCode in " + reply.text());
        assertTrue(REQUEST_ID.matcher(reply.requestId()).matches(), () -> what + ": RequestId in " + reply.text());
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static byte[] toBytes(Object body) {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A JSON object from alternating names and values, e.g. {@code json("RoomId", "r1", "Count", 2)}. */
    public static ObjectNode json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return node;
    }

    // ---- outcomes ------------------------------------------------------------------------------------

    /** Fails the test unless the reply is OK. */
    public static Reply ok(Reply reply) {
        if (reply.code() != 0) {
            fail("expected OK but got " + reply.text());
        }
        return reply;
    }

    /** Fails the test unless the reply is a FAIL with {@code errorCode}. */
    public static Reply fails(int errorCode, Reply reply) {
        assertEquals("FAIL", reply.actionStatus(), () -> "expected FAIL " + errorCode + " but got " + reply.text());
        assertEquals(errorCode, reply.code(), () -> "ErrorCode of " + reply.text());
        return reply;
    }

    /** One reply: HTTP status, Content-Type, the raw text and its JSON (null when not JSON). */
    public record Reply(int status, String contentType, String text, JsonNode json) {

        public int code() {
            return json.path("ErrorCode").asInt(-1);
        }

        public String actionStatus() {
            return json.path("ActionStatus").asText();
        }

        public String info() {
            return json.path("ErrorInfo").asText();
        }

        public String requestId() {
            return json.path("RequestId").asText();
        }
    }
}

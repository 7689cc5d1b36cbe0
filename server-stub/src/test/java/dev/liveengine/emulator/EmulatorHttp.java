package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test driver for a real emulator on 127.0.0.1 and an OS-chosen port: starts it with a
 * {@link MutableClock}, signs UserSigs, builds query strings and posts bodies over HTTP with
 * {@link HttpClient}. Every reply is checked to be a well-formed envelope (HTTP 200, JSON,
 * ActionStatus, ErrorCode, RequestId) before a test sees it.
 *
 * <p>Either use one per test with try-with-resources, or share one across a test class by
 * registering it: {@code @RegisterExtension static final EmulatorHttp http = EmulatorHttp.start();}
 * then it is reset before each test and closed after the last.
 */
final class EmulatorHttp implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    static final String SERVICE = "live_engine_http_srv";
    static final Pattern REQUEST_ID = Pattern.compile("Id-[0-9a-f]{32}-O-Seq-\\d+");
    static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP/1.1 only: the emulator speaks nothing else, and an h2c upgrade attempt would only add noise. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static {
        // keep Undertow's start/stop lines out of the test output, as the emulator's main does
        EmulatorMain.quietenLibraryLogging();
    }

    final MutableClock clock;
    final EmulatorSettings settings;
    final LiveEngineEmulator emulator;
    final String secretKey;
    final String admin;
    /** Values of the {@code random} query parameter; seeded so that runs are repeatable. */
    private final Random randomParameter = new Random(20240601L);

    private EmulatorHttp(MutableClock clock, String secretKey, EmulatorSettings settings) {
        this.clock = clock;
        this.secretKey = secretKey;
        this.settings = settings;
        this.admin = settings.admins().contains(EmulatorSettings.DEFAULT_ADMIN)
                ? EmulatorSettings.DEFAULT_ADMIN : settings.admins().iterator().next();
        this.emulator = LiveEngineEmulator.start(settings);
    }

    /** An emulator with the default settings (documented rate limits on) and a clock at {@link MutableClock#DEFAULT_START}. */
    static EmulatorHttp start() {
        return start(builder -> builder);
    }

    static EmulatorHttp start(UnaryOperator<EmulatorSettings.Builder> tweak) {
        return start(new MutableClock(MutableClock.DEFAULT_START), EmulatorSettings.DEVELOPMENT_SECRET_KEY, tweak);
    }

    /**
     * An emulator on 127.0.0.1:0 using {@code clock} and {@code secretKey}; {@code tweak} adjusts the
     * remaining settings. Tokens signed by this driver use the same key.
     */
    static EmulatorHttp start(MutableClock clock, String secretKey, UnaryOperator<EmulatorSettings.Builder> tweak) {
        EmulatorSettings.Builder builder = EmulatorSettings.builder().host("127.0.0.1").port(0).clock(clock);
        if (!EmulatorSettings.DEVELOPMENT_SECRET_KEY.equals(secretKey)) {
            builder.secretKey(secretKey);
        }
        return new EmulatorHttp(clock, secretKey, tweak.apply(builder).build());
    }

    /**
     * Drives an emulator started from ready-made settings (port 0 and a loopback host, please);
     * {@code signingClock} and {@code secretKey} are only used to sign this driver's UserSigs, so
     * they must agree with the clock and key inside {@code settings}.
     */
    static EmulatorHttp start(EmulatorSettings settings, MutableClock signingClock, String secretKey) {
        return new EmulatorHttp(signingClock, secretKey, settings);
    }

    /** Forgets state and rate-limit counters between tests that share one emulator. */
    void reset() {
        emulator.reset();
    }

    @Override
    public void close() {
        emulator.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    // ---- UserSigs and query strings ------------------------------------------------------------

    /** A UserSig from this emulator's app and key, issued now by the test clock. */
    String userSig(String identifier, Duration validity) {
        return userSig(settings.sdkAppId(), secretKey, identifier, validity);
    }

    String userSig(long sdkAppId, String key, String identifier, Duration validity) {
        return new UserSigSigner(sdkAppId, AppSecret.of(key), clock).sign(identifier, validity);
    }

    /** A query string that passes every check: the admin, a one-day UserSig, a fresh random, json. */
    Query query() {
        return new Query()
                .with("sdkappid", Long.toString(settings.sdkAppId()))
                .with("identifier", admin)
                .with("usersig", userSig(admin, Duration.ofDays(1)))
                .with("random", Long.toString(Integer.toUnsignedLong(randomParameter.nextInt())))
                .with("contenttype", "json");
    }

    /** Query parameters in insertion order; values are percent-encoded when the string is built. */
    static final class Query {
        private final Map<String, String> parameters = new LinkedHashMap<>();

        Query with(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        Query without(String name) {
            parameters.remove(name);
            return this;
        }

        String encoded() {
            return parameters.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- requests --------------------------------------------------------------------------------

    static String path(String command) {
        return "/v4/" + SERVICE + "/" + command;
    }

    /** POSTs {@code body} (a JSON tree, or any object Jackson can write) to a command with a valid query. */
    Reply call(String command, Object body) {
        return post(command, query(), body);
    }

    Reply post(String command, Query query, Object body) {
        return send("POST", path(command), query.encoded(), toBytes(body));
    }

    /** POSTs raw text, which need not be JSON. */
    Reply postText(String command, Query query, String text) {
        return send("POST", path(command), query.encoded(), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends any request; {@code rawQuery} must already be percent-encoded (null for none) and
     * {@code body} may be null for none. The reply must be a well-formed envelope.
     */
    Reply send(String method, String path, String rawQuery, byte[] body) {
        URI uri = URI.create(emulator.baseUrl() + path + (rawQuery == null ? "" : "?" + rawQuery));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " got no HTTP reply: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        Reply reply = new Reply(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body(), parse(response.body()));
        assertEnvelope(reply, method + " " + path);
        return reply;
    }

    /** The service's promise for every reply: HTTP 200, a JSON envelope, and a RequestId of its shape. */
    static void assertEnvelope(Reply reply, String what) {
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
    static ObjectNode json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return node;
    }

    // ---- the commands, with bodies the spec accepts ---------------------------------------------

    static ObjectNode giftBody(String giftId, long coins) {
        return json("GiftId", giftId, "Coins", coins, "DefaultName", "Rose");
    }

    static ObjectNode sendBody(String roomId, String giftId, String sender, Integer count) {
        ObjectNode body = json("RoomId", roomId, "GiftId", giftId, "From_Account", sender,
                "ReceiverList_Account", new String[] {"host"});
        if (count != null) {
            body.put("Count", count);
        }
        return body;
    }

    Reply addGift(String giftId, long coins) {
        return call("add_gift", giftBody(giftId, coins));
    }

    Reply sendGift(String roomId, String giftId, String sender, Integer count) {
        return call("send_gift", sendBody(roomId, giftId, sender, count));
    }

    Reply giftCount(String roomId) {
        return call("get_gift_count", json("RoomId", roomId, "From_Account", "viewer"));
    }

    Reply resumeMix(String roomId) {
        return call("resume_mcu_task", json("RoomId", roomId));
    }

    /** Fails the test unless the reply is OK. */
    static Reply ok(Reply reply) {
        if (reply.code() != 0) {
            fail("expected OK but got " + reply.text());
        }
        return reply;
    }

    /** Fails the test unless the reply is a FAIL with {@code errorCode}. */
    static Reply fails(int errorCode, Reply reply) {
        assertEquals("FAIL", reply.actionStatus(), () -> "expected FAIL " + errorCode + " but got " + reply.text());
        assertEquals(errorCode, reply.code(), () -> "ErrorCode of " + reply.text());
        return reply;
    }

    /** One reply: HTTP status, Content-Type, the raw text and its JSON (null when not JSON). */
    record Reply(int status, String contentType, String text, JsonNode json) {

        int code() {
            return json.path("ErrorCode").asInt(-1);
        }

        String actionStatus() {
            return json.path("ActionStatus").asText();
        }

        String info() {
            return json.path("ErrorInfo").asText();
        }

        String requestId() {
            return json.path("RequestId").asText();
        }

        /** The statistics object of a get_gift_count reply. */
        JsonNode statistics() {
            return json.path("Response");
        }
    }
}

package dev.liveengine.client.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineJson;
import dev.liveengine.client.error.WebhookVerificationException;
import dev.liveengine.client.error.WebhookVerificationException.Reason;
import dev.liveengine.usersig.WebhookSignature;
import dev.liveengine.usersig.WebhookToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks and reads the webhooks Live Engine sends to the app's server. One receiver per app:
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder().sdkAppId(1400000000L).token(System.getenv("WEBHOOK_TOKEN")).build();
 * WebhookEvent event = receiver.receive(request.getQueryString(), body);   // throws if it must not be trusted
 * if (event.data() instanceof AfterCreateRoomEvent created) { ... }
 * return WebhookReply.allow();
 * }</pre>
 *
 * <p>It checks, in this order, that the request is for this app ({@code SdkAppid}); when a token is
 * set, that {@code Sign} is the SHA-256 of the token and {@code RequestTime} (compared in constant
 * time) and that {@code RequestTime} is within the tolerance of now (60 s by default, as the service
 * documents; the clock is injectable); then it parses the body into the model the spec gives the
 * {@code CallbackCommand}. Without a token it cannot tell a forged request from a real one, which is
 * why the service's authentication should be switched on.
 */
public final class WebhookReceiver {

    /** How far {@code RequestTime} may be from now, as the service documents it. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(60);

    private final long sdkAppId;
    private final Optional<WebhookToken> token;
    private final Clock clock;
    private final Duration tolerance;
    private final ObjectMapper json = LiveEngineJson.newMapper();

    private WebhookReceiver(Builder builder) {
        this.sdkAppId = builder.sdkAppId;
        this.token = Optional.ofNullable(builder.token);
        this.clock = builder.clock;
        this.tolerance = builder.tolerance;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Verifies and reads a webhook given its raw query string (as the servlet API's {@code getQueryString()} returns it). */
    public WebhookEvent receive(String rawQuery, String body) {
        return receive(parseQuery(rawQuery == null ? "" : rawQuery), body);
    }

    /** Verifies and reads a webhook given its decoded query parameters. */
    public WebhookEvent receive(Map<String, String> query, String body) {
        String command = query.get("CallbackCommand");
        if (!String.valueOf(sdkAppId).equals(query.get("SdkAppid"))) {
            throw new WebhookVerificationException(command, Reason.WRONG_APP, "the webhook is not for SDKAppID " + sdkAppId, null);
        }
        token.ifPresent(secret -> verifySignature(secret, command, query.get("Sign"), query.get("RequestTime")));
        Class<?> type = EventTypes.of(command).orElseThrow(() -> new WebhookVerificationException(command, Reason.UNKNOWN_COMMAND,
                "the spec describes no webhook " + (command == null ? "(CallbackCommand is missing)" : command), null));
        return new WebhookEvent(command, parse(command, body, type), query.get("OptPlatform"), query.get("ClientIP"));
    }

    private void verifySignature(WebhookToken secret, String command, String sign, String requestTime) {
        if (sign == null || requestTime == null) {
            throw new WebhookVerificationException(command, Reason.UNSIGNED, "Sign and RequestTime are required when a token is set", null);
        }
        long time;
        try {
            time = Long.parseLong(requestTime);
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(command, Reason.BAD_SIGNATURE, "RequestTime is not a number of seconds", null);
        }
        // the signature first: a stale request is only worth telling apart once it is known to be genuine
        if (!WebhookSignature.matches(secret, time, sign)) {
            throw new WebhookVerificationException(command, Reason.BAD_SIGNATURE, "Sign does not match the token and RequestTime", null);
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - time);
        if (skew > tolerance.toSeconds()) {
            throw new WebhookVerificationException(command, Reason.STALE,
                    "RequestTime is " + skew + " s from now; at most " + tolerance.toSeconds() + " s are accepted", null);
        }
    }

    private Object parse(String command, String body, Class<?> type) {
        try {
            JsonNode tree = json.readTree(body == null ? "" : body);
            if (tree == null || !tree.isObject() || !command.equals(tree.path("CallbackCommand").asText())) {
                throw new WebhookVerificationException(command, Reason.MALFORMED_BODY,
                        "the body is not a " + command + " event (its CallbackCommand must match the query's)", null);
            }
            return json.treeToValue(tree, type);
        } catch (IOException e) {
            throw new WebhookVerificationException(command, Reason.MALFORMED_BODY, "the body is not a valid " + command + " event", e);
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // a parameter given twice is ambiguous: the first one counts, as most servers read it
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }

    public static final class Builder {
        private Long sdkAppId;
        private WebhookToken token;
        private Clock clock = Clock.systemUTC();
        private Duration tolerance = DEFAULT_TOLERANCE;

        private Builder() {
        }

        /** The app's SDKAppID; requests for another app are refused. Required. */
        public Builder sdkAppId(long sdkAppId) {
            this.sdkAppId = sdkAppId;
            return this;
        }

        /** The token set with {@code set_callback_token}; with it, every request must be signed. */
        public Builder token(String token) {
            this.token = WebhookToken.of(token);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder tolerance(Duration tolerance) {
            if (tolerance.isNegative()) {
                throw new IllegalArgumentException("the tolerance must not be negative");
            }
            this.tolerance = tolerance;
            return this;
        }

        public WebhookReceiver build() {
            if (sdkAppId == null) {
                throw new IllegalStateException("sdkAppId is required: a receiver must refuse other apps' webhooks");
            }
            return new WebhookReceiver(this);
        }
    }
}

package dev.liveengine.emulator;

import dev.liveengine.emulator.gift.GiftStore;
import dev.liveengine.usersig.AppSecret;
import java.nio.file.Path;
import dev.liveengine.emulator.webhook.Webhooks;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an emulator is set up: where it listens, which app it pretends to be, and how strict it is.
 * The defaults suit local development and tests; {@link #toString()} never shows the secret key.
 */
public final class EmulatorSettings {

    public static final long DEFAULT_SDKAPPID = 1400000000L;
    public static final String DEFAULT_ADMIN = "administrator";
    /** Public on purpose: it only ever protects a local emulator. */
    public static final String DEVELOPMENT_SECRET_KEY = "live-engine-emulator-development-key";

    final String host;
    final int port;
    final long sdkAppId;
    final Set<String> admins;
    final AppSecret secretKey;
    final boolean secretKeyIsDevelopmentDefault;
    final boolean rateLimitsEnabled;
    final Map<String, Integer> rateLimitOverrides;
    final int rateLimitScale;
    final int maxGifts;
    final int roomQuota;
    final Clock clock;
    final Optional<Path> stateFile;
    final boolean checkReplies;
    final Duration webhookTimeout;

    private EmulatorSettings(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.sdkAppId = builder.sdkAppId;
        // in the order given, so that "the first administrator" means the same one on every run
        this.admins = Collections.unmodifiableSet(new LinkedHashSet<>(builder.admins.isEmpty() ? Set.of(DEFAULT_ADMIN) : builder.admins));
        this.secretKeyIsDevelopmentDefault = builder.secretKey == null;
        this.secretKey = AppSecret.of(builder.secretKey == null ? DEVELOPMENT_SECRET_KEY : builder.secretKey);
        this.rateLimitsEnabled = builder.rateLimitsEnabled;
        this.rateLimitOverrides = Map.copyOf(builder.rateLimitOverrides);
        this.rateLimitScale = builder.rateLimitScale;
        this.maxGifts = builder.maxGifts;
        this.roomQuota = builder.roomQuota;
        this.clock = builder.clock;
        this.stateFile = Optional.ofNullable(builder.stateFile);
        this.checkReplies = builder.checkReplies;
        this.webhookTimeout = builder.webhookTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public Set<String> admins() {
        return admins;
    }

    /** The clock the emulator reads for UserSig expiry, rate-limit windows and the journal. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "EmulatorSettings[host=" + host + ", port=" + port + ", sdkappid=" + sdkAppId + ", admins=" + admins
                + ", secretKey=" + (secretKeyIsDevelopmentDefault ? "development default" : "set (hidden)")
                + ", rateLimits=" + (rateLimitsEnabled ? "on " + rateLimitOverrides + (rateLimitScale == 1 ? "" : " x" + rateLimitScale) : "off")
                + stateFile.map(file -> ", stateFile=" + file).orElse("") + "]";
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private long sdkAppId = DEFAULT_SDKAPPID;
        private final Set<String> admins = new LinkedHashSet<>();
        private String secretKey;
        private boolean rateLimitsEnabled = true;
        private final Map<String, Integer> rateLimitOverrides = new LinkedHashMap<>();
        private int rateLimitScale = 1;
        private int maxGifts = GiftStore.DEFAULT_MAX_GIFTS;
        private int roomQuota;
        private Clock clock = Clock.systemUTC();
        private Path stateFile;
        private boolean checkReplies;
        private Duration webhookTimeout = Webhooks.BEFORE_LIMIT;

        private Builder() {
        }

        /** Interface to listen on; 127.0.0.1 by default, 0.0.0.0 to serve other hosts or containers. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** TCP port; 0 lets the operating system choose a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        public Builder sdkAppId(long sdkAppId) {
            if (sdkAppId <= 0) {
                throw new IllegalArgumentException("sdkappid must be a positive integer");
            }
            this.sdkAppId = sdkAppId;
            return this;
        }

        /** Adds an App administrator account; when none is added, {@value EmulatorSettings#DEFAULT_ADMIN} is the only one. */
        public Builder admin(String identifier) {
            if (identifier == null || identifier.isBlank()) {
                throw new IllegalArgumentException("an admin identifier must not be blank");
            }
            admins.add(identifier);
            return this;
        }

        /** Replaces the App administrator accounts with {@code identifiers}. */
        public Builder admins(java.util.Collection<String> identifiers) {
            admins.clear();
            identifiers.forEach(this::admin);
            return this;
        }

        public Builder secretKey(String secretKey) {
            AppSecret.of(secretKey); // rejects a blank key without echoing it
            this.secretKey = secretKey;
            return this;
        }

        public Builder rateLimits(boolean enabled) {
            this.rateLimitsEnabled = enabled;
            return this;
        }

        /**
         * Multiplies every documented limit by {@code factor}, so that a test suite keeps the limits'
         * behaviour (a burst is still refused with the documented code) without waiting a second
         * between configuration calls. An explicit {@link #rateLimit} wins over the scaled value.
         */
        public Builder rateLimitScale(int factor) {
            if (factor < 1) {
                throw new IllegalArgumentException("the rate-limit scale must be at least 1");
            }
            this.rateLimitScale = factor;
            return this;
        }

        /**
         * Replaces the documented limit of an operation with {@code requests} per period. The operation
         * is named as {@code service/command}, by operationId, by its bare command where the spec has
         * only one operation of that command, or by the name of a bucket that operations share
         * ({@code x-rate-limit.bucket}); the emulator refuses to start on a name that fits none or several.
         */
        public Builder rateLimit(String operationOrBucket, int requests) {
            if (requests < 1) {
                throw new IllegalArgumentException("a rate limit must allow at least one request");
            }
            rateLimitOverrides.put(operationOrBucket, requests);
            return this;
        }

        /**
         * The app's room quota, for the {@code Live.CallbackAfterCreateRoomReachingThreshold} webhook,
         * which the service sends when the number of rooms reaches 70% of it. None by default: the
         * emulator does not refuse rooms, and without a quota there is no threshold to reach.
         */
        public Builder roomQuota(int rooms) {
            if (rooms < 1) {
                throw new IllegalArgumentException("the room quota must be at least 1");
            }
            this.roomQuota = rooms;
            return this;
        }

        public Builder maxGifts(int maxGifts) {
            if (maxGifts < 1) {
                throw new IllegalArgumentException("maxGifts must be at least 1");
            }
            this.maxGifts = maxGifts;
            return this;
        }

        /** The clock for UserSig expiry and rate-limit windows; tests pass one they control. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A JSON state snapshot to load at start, when the file exists, and to write at a clean
         * shutdown, so that local state outlives restarts. The write replaces the file atomically.
         */
        public Builder stateFile(Path stateFile) {
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
            return this;
        }

        /**
         * Checks every reply against the spec (envelope, documented error codes, reply schema) and
         * collects what breaks it for {@link LiveEngineEmulator#takeReplyProblems()}. Meant for test
         * suites; it costs a parse and a validation per reply.
         */
        public Builder checkReplies(boolean checkReplies) {
            this.checkReplies = checkReplies;
            return this;
        }

        /**
         * How long the emulator waits for the app's server to answer a webhook: 2 s, as the service
         * documents for the "Before" callbacks. Tests of a server that does not answer set less, so
         * that they need not wait the whole 2 s.
         */
        public Builder webhookTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the webhook timeout must be positive");
            }
            this.webhookTimeout = timeout;
            return this;
        }

        public EmulatorSettings build() {
            return new EmulatorSettings(this);
        }
    }
}

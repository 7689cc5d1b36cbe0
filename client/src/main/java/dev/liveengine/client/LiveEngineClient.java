package dev.liveengine.client;

import dev.liveengine.client.auth.CachingUserSigSource;
import dev.liveengine.client.auth.UserSigSource;
import dev.liveengine.client.error.LiveEngineException;
import dev.liveengine.client.error.LiveEngineTransportException;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Live Engine REST API for Java. Build one per app and share it: it is thread-safe and keeps
 * a connection pool. The models and one method per operation are generated from the spec
 * ({@link LiveEngineOperations}); this class adds the credentials, retries and error mapping, and
 * sends through OkHttp with Jackson.
 *
 * <pre>{@code
 * LiveEngineClient client = LiveEngineClient.builder()
 *         .sdkAppId(1400000000L).adminIdentifier("administrator").secretKey(key)
 *         .region(Region.SINGAPORE).build();
 * client.sendGift(new SendGiftRequest().roomId("room1").giftId("rose")
 *         .fromAccount("alice").receiverListAccount(List.of("bob")));
 * }</pre>
 *
 * Every operation method either returns the reply of a successful call or throws a
 * {@link LiveEngineException}: a FAIL reply becomes a {@link dev.liveengine.client.error.LiveEngineServiceException} subtype,
 * a failed exchange a {@link LiveEngineTransportException}.
 */
public final class LiveEngineClient extends LiveEngineOperations implements AutoCloseable {

    /** The service abandons a request after 3 s, so the client waits longer than that. */
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_USERSIG_VALIDITY = Duration.ofDays(1);
    private static final long RANDOM_BOUND = 1L << 32;

    private final OkHttpTransport transport;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final String description;

    private LiveEngineClient(Builder builder, UserSigSource userSig, HttpUrl baseUrl) {
        this.ownsHttp = builder.httpClient == null;
        this.http = ownsHttp
                ? new OkHttpClient.Builder()
                        .connectTimeout(builder.connectTimeout)
                        .readTimeout(builder.readTimeout)
                        .writeTimeout(builder.readTimeout)
                        .build()
                : builder.httpClient;
        this.retryPolicy = builder.retryPolicy;
        this.sleeper = builder.sleeper;
        this.transport = new OkHttpTransport(http, baseUrl, LiveEngineJson.newMapper(), builder.sdkAppId,
                builder.adminIdentifier, userSig, builder.random);
        this.description = "LiveEngineClient[sdkappid=" + builder.sdkAppId + ", identifier="
                + builder.adminIdentifier + ", baseUrl=" + baseUrl + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    <T extends BaseResponse> T invoke(Operation<T> operation, Object body) {
        for (int attempt = 1; ; attempt++) {
            LiveEngineException failure;
            try {
                T reply = transport.send(operation, body);
                failure = FailureTranslator.fromReply(operation, reply);
                if (failure == null) {
                    return reply;
                }
            } catch (IOException e) {
                failure = FailureTranslator.fromIOException(operation, e);
            }
            if (attempt >= retryPolicy.maxAttempts() || !FailureTranslator.mayRetry(failure, operation.idempotent())) {
                throw failure;
            }
            pause(retryPolicy.delayAfter(attempt), failure);
        }
    }

    private void pause(Duration delay, LiveEngineException pending) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw pending;
        }
    }

    /** Releases the connection pool and threads, unless the caller supplied its own OkHttp client. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /** Collects the settings of a {@link LiveEngineClient}; {@link #build()} checks them. */
    public static final class Builder {
        private long sdkAppId;
        private String adminIdentifier;
        private AppSecret secretKey;
        private UserSigSource userSigSource;
        private Duration userSigValidity = DEFAULT_USERSIG_VALIDITY;
        private String baseUrl;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private OkHttpClient httpClient;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private LongSupplier random = () -> ThreadLocalRandom.current().nextLong(RANDOM_BOUND);
        private Sleeper sleeper = Sleeper.THREAD;

        private Builder() {
        }

        public Builder sdkAppId(long sdkAppId) {
            this.sdkAppId = sdkAppId;
            return this;
        }

        /** The App administrator account the calls act as. */
        public Builder adminIdentifier(String adminIdentifier) {
            this.adminIdentifier = adminIdentifier;
            return this;
        }

        /** The app's secret key; the client then signs and renews UserSigs itself. */
        public Builder secretKey(String secretKey) {
            this.secretKey = AppSecret.of(secretKey);
            return this;
        }

        /** A UserSig signed elsewhere, used as given, instead of the secret key. */
        public Builder userSig(String userSig) {
            this.userSigSource = UserSigSource.fixed(userSig);
            return this;
        }

        /** Any other source of UserSigs, instead of the secret key. */
        public Builder userSigSource(UserSigSource source) {
            this.userSigSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /** How long each UserSig the client signs stays valid (default one day). */
        public Builder userSigValidity(Duration validity) {
            this.userSigValidity = Objects.requireNonNull(validity, "validity");
            return this;
        }

        public Builder region(Region region) {
            this.baseUrl = Objects.requireNonNull(region, "region").baseUrl();
            return this;
        }

        /** Any other base URL, such as a local emulator's {@code http://127.0.0.1:8080}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long to wait for each reply (default 10 s; the service itself gives up after 3 s). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** An OkHttp client to share (its pool, interceptors and timeouts); the caller closes it. */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Source of the {@code random} parameter: each value must be in 0..4294967295. */
        public Builder random(LongSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public LiveEngineClient build() {
            if (sdkAppId <= 0) {
                throw new IllegalStateException("sdkAppId must be set to the app's positive SDKAppID");
            }
            if (adminIdentifier == null || adminIdentifier.isBlank()) {
                throw new IllegalStateException("adminIdentifier must name an App administrator");
            }
            if ((secretKey == null) == (userSigSource == null)) {
                throw new IllegalStateException("set either secretKey or userSig, not both and not neither");
            }
            if (baseUrl == null) {
                throw new IllegalStateException("set the region (or a baseUrl)");
            }
            HttpUrl url = HttpUrl.parse(baseUrl);
            if (url == null) {
                throw new IllegalStateException("baseUrl is not an http or https URL: " + baseUrl);
            }
            UserSigSource userSig = userSigSource != null
                    ? userSigSource
                    : new CachingUserSigSource(new UserSigSigner(sdkAppId, secretKey, clock), adminIdentifier,
                            userSigValidity, clock);
            return new LiveEngineClient(this, userSig, url);
        }

        @Override
        public String toString() {
            return "LiveEngineClient.Builder[sdkappid=" + sdkAppId + ", identifier=" + adminIdentifier + "]";
        }
    }
}

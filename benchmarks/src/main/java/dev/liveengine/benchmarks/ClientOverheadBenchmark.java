package dev.liveengine.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.RetryPolicy;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3: one {@code send_gift} through the generated client and its hand-written layer, against
 * the least a hand-written OkHttp + Jackson call has to do for the same exchange (build the URL with
 * the five query parameters, serialize the body, parse the envelope, check it). Both talk to the
 * same in-process server that answers with a fixed envelope.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ClientOverheadBenchmark {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final long SDKAPPID = 1400000000L;
    private static final String KEY = "benchmark-key";

    /** The request body, as a hand-written caller would model it. */
    record GiftPayload(@JsonProperty("RoomId") String roomId, @JsonProperty("GiftId") String giftId,
                       @JsonProperty("From_Account") String from, @JsonProperty("ReceiverList_Account") List<String> to) {
    }

    /** The envelope, as a hand-written caller would read it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@JsonProperty("ActionStatus") String actionStatus, @JsonProperty("ErrorCode") int errorCode,
                    @JsonProperty("ErrorInfo") String errorInfo, @JsonProperty("RequestId") String requestId) {
    }

    private StaticEnvelopeServer server;
    private OkHttpClient http;
    private ObjectMapper json;
    private HttpUrl sendGiftUrl;
    private String userSig;
    private LiveEngineClient client;
    private final GiftPayload payload = new GiftPayload("room1", "rose", "alice", List.of("bob"));
    private final SendGiftRequest request = new SendGiftRequest().roomId("room1").giftId("rose").fromAccount("alice")
            .receiverListAccount(List.of("bob"));

    @Setup
    public void start() {
        server = new StaticEnvelopeServer();
        http = new OkHttpClient();
        json = new ObjectMapper();
        sendGiftUrl = HttpUrl.get(server.baseUrl() + "/v4/live_engine_http_srv/send_gift");
        // the hand-written baseline signs once too: a fair caller caches its UserSig
        userSig = new UserSigSigner(SDKAPPID, AppSecret.of(KEY), Clock.systemUTC()).sign("administrator", Duration.ofDays(1));
        client = LiveEngineClient.builder().sdkAppId(SDKAPPID).adminIdentifier("administrator").secretKey(KEY)
                .baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.NONE).build();
    }

    @TearDown
    public void stop() {
        client.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }

    @Benchmark
    public Envelope handWrittenOkHttpAndJackson() throws IOException {
        HttpUrl url = sendGiftUrl.newBuilder()
                .addQueryParameter("sdkappid", Long.toString(SDKAPPID))
                .addQueryParameter("identifier", "administrator")
                .addQueryParameter("usersig", userSig)
                .addQueryParameter("random", Long.toString(ThreadLocalRandom.current().nextLong(1L << 32)))
                .addQueryParameter("contenttype", "json")
                .build();
        Request call = new Request.Builder().url(url).post(RequestBody.create(json.writeValueAsBytes(payload), JSON_TYPE)).build();
        try (Response response = http.newCall(call).execute()) {
            Envelope envelope = json.readValue(response.body().byteStream(), Envelope.class);
            if (!"OK".equals(envelope.actionStatus())) {
                throw new IllegalStateException("FAIL " + envelope.errorCode());
            }
            return envelope;
        }
    }

    @Benchmark
    public BaseResponse generatedClient() {
        return client.sendGift(request);
    }
}

package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.LiveEngineCommands;
import dev.liveengine.client.RetryPolicy;
import dev.liveengine.client.LiveEngineJson;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.openapi.testing.OperationIds;
import dev.liveengine.openapi.testing.SpecValidator;
import dev.liveengine.server.model.AddGiftRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payloads recorded from the vendor docs, put through the real code: each request is read into
 * the client's model, sent by the client to the emulator, and both what went out and what came back
 * must be valid against the spec; each response payload must survive the client's model unchanged.
 */
class RecordedPayloadsReplayTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir", "../openapi/spec/resources"));
    private static final ObjectMapper CLIENT_JSON = LiveEngineJson.newMapper();
    private static final Map<String, Method> COMMANDS = Arrays.stream(LiveEngineCommands.class.getDeclaredMethods())
            .filter(method -> !method.isSynthetic() && java.lang.reflect.Modifier.isPublic(method.getModifiers()))
            .collect(Collectors.toMap(Method::getName, method -> method));

    private static LiveEngineEmulator emulator;
    private static LiveEngineClient client;
    private static final AtomicReference<String> lastRequestBody = new AtomicReference<>();
    private static final AtomicReference<String> lastRequestQuery = new AtomicReference<>();
    private static final AtomicReference<String> lastResponseBody = new AtomicReference<>();

    @BeforeAll
    static void start() {
        emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build());
        // the state the recorded requests refer to: gift "gift1" and a mixing task in room "mix1"
        emulator.state().gifts().put(new AddGiftRequest().giftId("gift1").coins(1L).defaultName("gift1"));
        emulator.state().mixTasks().create("mix1");
        OkHttpClient capturing = new OkHttpClient.Builder().addInterceptor(chain -> {
            Buffer sent = new Buffer();
            chain.request().body().writeTo(sent);
            lastRequestBody.set(sent.readUtf8());
            lastRequestQuery.set(chain.request().url().encodedQuery());
            Response response = chain.proceed(chain.request());
            lastResponseBody.set(response.peekBody(1 << 20).string());
            return response;
        }).build();
        client = LiveEngineClient.builder()
                .sdkAppId(EmulatorSettings.DEFAULT_SDKAPPID)
                .adminIdentifier(EmulatorSettings.DEFAULT_ADMIN)
                .secretKey(EmulatorSettings.DEVELOPMENT_SECRET_KEY)
                .baseUrl(emulator.baseUrl())
                .httpClient(capturing)
                .retryPolicy(RetryPolicy.NONE)
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    static Stream<Path> recordedRequests() throws IOException {
        return examples().filter(file -> file.getFileName().toString().endsWith(".request.json"));
    }

    static Stream<Path> responsePayloads() throws IOException {
        return examples().filter(file -> file.getFileName().toString().matches("[a-z_]+\\.response(\\.[a-z-]+)?\\.json"));
    }

    @Test
    void everyCommandHasARecordedRequest() throws IOException {
        List<String> recorded = recordedRequests().map(RecordedPayloadsReplayTest::command).toList();
        assertEquals(COMMANDS.keySet(), recorded.stream().map(OperationIds::of).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedRequests")
    void recordedRequestGoesThroughClientAndEmulatorWithinTheSpec(Path file) throws Exception {
        String command = command(file);
        Method method = COMMANDS.get(OperationIds.of(command));
        Object request = CLIENT_JSON.readValue(file.toFile(), method.getParameterTypes()[0]);

        BaseResponse reply = (BaseResponse) method.invoke(client, request);

        String path = "/v4/live_engine_http_srv/" + command;
        assertEquals(0, reply.getErrorCode(), lastResponseBody.get());
        assertEquals(CLIENT_JSON.readTree(file.toFile()), CLIENT_JSON.readTree(lastRequestBody.get()),
                "the client sent something other than the recorded request");
        assertEquals(List.of(), SpecValidator.bundled().requestProblems(path, query(lastRequestQuery.get()), lastRequestBody.get()));
        assertEquals(List.of(), SpecValidator.bundled().responseProblems(path, lastResponseBody.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responsePayloads")
    void responsePayloadSurvivesTheClientModelUnchanged(Path file) throws IOException {
        Method method = COMMANDS.get(OperationIds.of(command(file)));
        assertNotNull(method, "no client command for " + file);
        Object model = CLIENT_JSON.readValue(file.toFile(), method.getReturnType());
        assertEquals(CLIENT_JSON.readTree(file.toFile()), CLIENT_JSON.readTree(CLIENT_JSON.writeValueAsString(model)));
    }

    private static Stream<Path> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(file -> file.getParent().getFileName().toString().equals("examples"))
                    .filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example payloads under " + EXAMPLES.toAbsolutePath());
        return files.stream();
    }

    private static String command(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    private static Map<String, String> query(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> java.net.URLDecoder.decode(pair[1], java.nio.charset.StandardCharsets.UTF_8)));
    }
}

package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec's example payloads put through the real code: each request example is read into the
 * client's model and sent by the client to the emulator, holding its operation's
 * {@link RecordedFixtures}, and both what went out and what came back must be valid against the
 * spec, and the reply must survive the client's model unchanged; so must each reply example.
 */
class RecordedPayloadsReplayTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the client last sent and received, as it went over the wire. */
    private record Exchange(String query, String requestBody, String replyBody) {
    }

    private static final AtomicReference<Exchange> lastExchange = new AtomicReference<>();
    private static LiveEngineClient client;

    @BeforeAll
    static void capturingClient() {
        OkHttpClient capturing = new OkHttpClient.Builder().addInterceptor(chain -> {
            Buffer sent = new Buffer();
            chain.request().body().writeTo(sent);
            Response response = chain.proceed(chain.request());
            lastExchange.set(new Exchange(chain.request().url().encodedQuery(), sent.readUtf8(),
                    response.peekBody(1 << 20).string()));
            return response;
        }).build();
        client = emulator.clientFor(Participants.ADMIN).httpClient(capturing).build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    static Stream<Arguments> requestExamples() {
        return examples(SpecExamples.Operation::requestExamples);
    }

    static Stream<Arguments> replyExamples() {
        return examples(SpecExamples.Operation::responseExamples);
    }

    @Test
    void theClientHasAMethodForEachOperationWithARequestExampleAndNoOther() {
        assertEquals(ClientOperation.operationIds(), SpecExamples.operations().stream()
                .filter(operation -> !operation.requestExamples().isEmpty())
                .map(SpecExamples.Operation::operationId)
                .collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("requestExamples")
    void requestGoesThroughClientAndEmulatorWithinTheSpec(SpecExamples.Operation operation, SpecExamples.Example request)
            throws Exception {
        RecordedFixtures.load(emulator.control(), operation.operationId());
        BaseResponse reply = ClientOperation.of(operation).call(client, request.value());

        Exchange exchange = lastExchange.get();
        assertEquals(0, reply.getErrorCode(), exchange.replyBody());
        assertEquals(request.value(), JSON.readTree(exchange.requestBody()),
                "the client sent something other than the request example");
        assertEquals(List.of(), SpecValidator.bundled().requestProblems(operation.path(), query(exchange.query()),
                exchange.requestBody()));
        assertEquals(List.of(), SpecValidator.bundled().responseProblems(operation.path(), exchange.replyBody()));
        assertEquals(JSON.readTree(exchange.replyBody()), ClientOperation.tree(reply),
                "the client's model lost or changed part of the emulator's reply");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("replyExamples")
    void replySurvivesTheClientModelUnchanged(SpecExamples.Operation operation, SpecExamples.Example reply) throws Exception {
        assertEquals(reply.value(), ClientOperation.of(operation).throughReplyModel(reply.value()));
    }

    /**
     * The reply examples show only string profile values; the other kind {@code ProfileValue} allows is
     * a whole number, which the client's {@code JsonNode} must keep a number rather than turn into text.
     */
    @Test
    void aWholeNumberProfileValueSurvivesTheClientModelUnchanged() throws Exception {
        SpecExamples.Operation portraitGet = SpecExamples.operation("portraitGet");
        ObjectNode reply = portraitGet.responseExamples().get("recorded").value().deepCopy();
        ((ObjectNode) reply.at("/UserProfileItem/0/ProfileItem/0")).put("Tag", "Tag_Profile_IM_BirthDay").put("Value", 20190419);

        assertEquals(reply, ClientOperation.of(portraitGet).throughReplyModel(reply));
    }

    private static Stream<Arguments> examples(Function<SpecExamples.Operation, Map<String, SpecExamples.Example>> direction) {
        return SpecExamples.operations().stream()
                .flatMap(operation -> direction.apply(operation).values().stream()
                        .map(example -> Arguments.of(operation, example)));
    }

    private static Map<String, String> query(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}

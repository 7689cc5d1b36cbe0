package dev.liveengine.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 4: validating one {@code send_gift} request (query parameters and body) the way the
 * emulator does, with schemas compiled once from the spec, against swagger-request-validator on
 * the same request. Both start from the raw body bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RequestValidationBenchmark {

    private static final String PATH = "/v4/live_engine_http_srv/send_gift";
    private static final byte[] BODY = "{\"RoomId\":\"room1\",\"GiftId\":\"rose\",\"Count\":2,\"From_Account\":\"alice\",\"ReceiverList_Account\":[\"bob\"]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> QUERY = new LinkedHashMap<>(Map.of(
            "sdkappid", "1400000000", "identifier", "administrator", "usersig", "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZ",
            "random", "99999999", "contenttype", "json"));

    private final ObjectMapper json = new ObjectMapper();
    private OperationContract operation;
    private Map<String, Deque<String>> undertowQuery;
    private OpenApiInteractionValidator swaggerValidator;

    @Setup
    public void compile() {
        operation = SpecContract.load().operation(PATH).orElseThrow();
        undertowQuery = new LinkedHashMap<>();
        QUERY.forEach((name, value) -> undertowQuery.put(name, new ArrayDeque<>(List.of(value))));
        swaggerValidator = OpenApiInteractionValidator
                .createForSpecificationUrl(RequestValidationBenchmark.class.getResource("/openapi/live-engine.yaml").toString())
                .withResolveCombinators(true)
                .build();
        if (swaggerRequestValidator().hasErrors()) {
            throw new IllegalStateException("the benchmark request is not valid: " + swaggerRequestValidator());
        }
    }

    @Benchmark
    public JsonNode emulatorCompiledSchemas() throws IOException {
        JsonNode body = json.readTree(BODY);
        operation.checkQuery(undertowQuery);
        operation.checkBody(body);
        return body;
    }

    @Benchmark
    public ValidationReport swaggerRequestValidator() {
        SimpleRequest.Builder request = SimpleRequest.Builder.post(PATH)
                .withContentType("application/json")
                .withBody(new String(BODY, StandardCharsets.UTF_8));
        QUERY.forEach(request::withQueryParam);
        Request built = request.build();
        return swaggerValidator.validateRequest(built);
    }
}

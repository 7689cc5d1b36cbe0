package dev.liveengine.emulator.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The spec-driven fuzzer, against the emulator on loopback: {@value #DEFAULT_REQUESTS} seeded bad
 * requests in the default run, {@code -Dfuzz.requests=1000000} (and {@code -Dfuzz.seed=...}) for the
 * long run of benchmarks/README.md. The oracle, for every reply: HTTP 200 with a well-formed envelope
 * whose RequestId has the service's shape, OK only with code 0 ({@link EmulatorHttp} checks these);
 * no stack trace or class name; neither the key nor the caller's UserSig; an OK reply valid against
 * its schema (the extension checks every reply after the test); and the emulator still answering at
 * the end. Rate limits are off, so that bad input reaches the code behind them.
 */
class FuzzTest {

    private static final int DEFAULT_REQUESTS = 20_000;
    private static final String KEY = "fuzz-secret-key-7e3a91";
    /** What a leaked exception would show: a class name of the JVM or the emulator, or a stack frame. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat (java|dev|io|com|org)\\.|dev\\.liveengine|java\\.lang");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.secretKey(KEY).rateLimits(false))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    @Test
    void badRequestsGetTheEnvelopeAndNothingElse() {
        long seed = Long.getLong("fuzz.seed", 20261130L);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        RequestFuzzer fuzzer = new RequestFuzzer(seed, http);
        String userSig = http.userSig(http.admin(), java.time.Duration.ofDays(1));
        for (int i = 0; i < requests; i++) {
            if (i % 500 == 0) {
                emulator.control().importState(SpecExamples.recordedFixtures());
            }
            RequestFuzzer.Request request = fuzzer.next();
            String what = "request " + i + " of seed " + seed + ", " + request.kind();
            // EmulatorHttp.send holds the reply to the envelope: HTTP 200, JSON, OK only with code 0, RequestId
            EmulatorHttp.Reply reply = http.send(request.method(), request.path(), request.rawQuery(), request.body());
            assertFalse(LEAK.matcher(reply.text()).find(), () -> what + " leaks an exception: " + reply.text());
            for (String secret : List.of(KEY, userSig, EmulatorSettings.DEVELOPMENT_SECRET_KEY)) {
                assertFalse(reply.text().contains(secret), () -> what + " leaks a secret: " + reply.text());
            }
        }
        emulator.control().importState(SpecExamples.recordedFixtures());
        SpecExamples.Operation getRoomList = SpecExamples.operation("getRoomList");
        assertEquals("OK", http.call(getRoomList, RecordedRequests.of(getRoomList)).actionStatus(), "the emulator still answers");
    }
}

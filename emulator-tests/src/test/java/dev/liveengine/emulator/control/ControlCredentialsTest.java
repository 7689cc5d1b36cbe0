package dev.liveengine.emulator.control;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Query;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every command of the control API, sent with its documented example, is refused without an App
 * administrator's valid credentials, exactly as a Live Engine call would be, and does nothing.
 */
class ControlCredentialsTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** A way to get the credentials wrong, and the code it earns. */
    private record BadCredentials(String what, int errorCode, Function<EmulatorHttp, Query> query) {
    }

    private static final List<BadCredentials> BAD_CREDENTIALS = List.of(
            new BadCredentials("no sdkappid", ErrorCodes.SDKAPPID_MISSING, driver -> driver.query().without("sdkappid")),
            new BadCredentials("another app's sdkappid", ErrorCodes.SDKAPPID_NOT_FOUND,
                    driver -> driver.query().with("sdkappid", "1400000001")),
            new BadCredentials("no usersig", ErrorCodes.USERSIG_EMPTY, driver -> driver.query().with("usersig", "")),
            new BadCredentials("a usersig signed with another key", ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED,
                    driver -> driver.query().with("usersig", driver.userSigSignedWith(EmulatorSettings.DEFAULT_SDKAPPID,
                            "a-key-of-some-other-application", driver.admin(), Duration.ofDays(1)))),
            new BadCredentials("an expired usersig", ErrorCodes.USERSIG_EXPIRED, driver -> {
                String userSig = driver.userSig(driver.admin(), Duration.ofSeconds(1));
                clock.advance(Duration.ofSeconds(2));
                return driver.query().with("usersig", userSig);
            }),
            new BadCredentials("a user who is not an administrator", ErrorCodes.IDENTIFIER_NOT_ADMIN,
                    driver -> driver.query().with("identifier", "alice").with("usersig", driver.userSig("alice", Duration.ofDays(1)))));

    @TestFactory
    Stream<DynamicNode> everyControlCommandNeedsAnAdministratorsCredentials() throws IOException {
        return documentedExamples().entrySet().stream().map(command -> dynamicContainer(command.getKey(),
                BAD_CREDENTIALS.stream().map(bad -> dynamicTest(bad.what(), () -> {
                    // the dynamic tests share one emulator and one extension callback: each starts afresh
                    emulator.control().reset();
                    emulator.control().importState(SpecExamples.recordedFixtures());
                    JsonNode before = emulator.control().exportState();
                    fails(bad.errorCode(), http.post(command.getKey(), bad.query().apply(http), command.getValue()));
                    assertEquals(before, emulator.control().exportState(), "a refused command must not act");
                    // nor may it have injected a fault: every Live Engine call still works (in the state it
                    // needs; an import does not touch faults)
                    for (SpecExamples.Operation operation : SpecExamples.operations()) {
                        emulator.control().importState(SpecExamples.recordedFixtures(operation.operationId()));
                        ok(http.call(operation, RecordedRequests.of(operation)));
                    }
                }))));
    }

    /** Each command's path and the request example its spec documents. */
    private static Map<String, JsonNode> documentedExamples() throws IOException {
        JsonNode spec;
        try (InputStream in = SpecContract.class.getClassLoader().getResourceAsStream(SpecContract.CONTROL_SPEC_JSON)) {
            spec = EmulatorHttp.JSON.readTree(in);
        }
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        spec.path("paths").properties().forEach(path -> examples.put(path.getKey(),
                path.getValue().at("/post/requestBody/content/application~1json/example")));
        return examples;
    }
}

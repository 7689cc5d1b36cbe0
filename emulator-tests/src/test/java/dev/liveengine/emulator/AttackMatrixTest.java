package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.liveengine.emulator.EmulatorHttp.Query;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every authentication attack on every operation, of the Live Engine API and of the control API: a
 * forged, expired or foreign UserSig, an identifier that is no administrator, missing credentials.
 * Each is refused with its documented code and acts on nothing (the state is the same after it).
 */
class AttackMatrixTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);
    private static final Path CONTROL_SPEC = Path.of("..", "openapi", "control", "emulator-control.yaml");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private record Attack(String name, int errorCode, Supplier<Query> query) {
    }

    private static List<Attack> attacks() {
        String admin = http.admin();
        return List.of(
                new Attack("forged UserSig", ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED, () -> http.query().with("usersig",
                        http.userSigSignedWith(EmulatorSettings.DEFAULT_SDKAPPID, "a-guessed-key", admin, Duration.ofDays(1)))),
                new Attack("expired UserSig", ErrorCodes.USERSIG_EXPIRED, () -> {
                    String shortLived = http.userSig(admin, Duration.ofSeconds(1));
                    clock.advance(Duration.ofSeconds(2));
                    return http.query().with("usersig", shortLived);
                }),
                new Attack("another app's UserSig", ErrorCodes.USERSIG_SDKAPPID_MISMATCH, () -> http.query().with("usersig",
                        http.userSigSignedWith(1400000999L, EmulatorSettings.DEVELOPMENT_SECRET_KEY, admin, Duration.ofDays(1)))),
                new Attack("no administrator", ErrorCodes.IDENTIFIER_NOT_ADMIN, () -> http.query().with("identifier", "mallory")
                        .with("usersig", http.userSig("mallory", Duration.ofDays(1)))),
                new Attack("no sdkappid", ErrorCodes.SDKAPPID_MISSING, () -> http.query().without("sdkappid")),
                new Attack("no usersig", ErrorCodes.USERSIG_EMPTY, () -> http.query().without("usersig")));
    }

    private record Target(String path, JsonNode body) {
    }

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        SpecExamples.operations().forEach(operation -> targets.add(new Target(operation.path(), RecordedRequests.of(operation))));
        try {
            new ObjectMapper(new YAMLFactory()).readTree(CONTROL_SPEC.toFile()).path("paths").fieldNames()
                    .forEachRemaining(path -> targets.add(new Target(path, EmulatorHttp.json())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    @TestFactory
    Stream<DynamicTest> everyAttackOnEveryOperationIsRefused() {
        return targets().stream().flatMap(target -> attacks().stream().map(attack ->
                dynamicTest(attack.name() + " on " + target.path(), () -> {
                    emulator.control().importState(SpecExamples.recordedFixtures());
                    JsonNode before = emulator.control().exportState();
                    fails(attack.errorCode(), http.post(target.path(), attack.query().get(), target.body()));
                    assertEquals(before, emulator.control().exportState(), "a refused call must not act");
                })));
    }
}

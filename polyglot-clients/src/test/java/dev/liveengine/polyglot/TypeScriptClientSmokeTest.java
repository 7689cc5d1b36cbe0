package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.server.model.AddGiftRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs src/test/ts/smoke.ts, compiled by tsc together with the generated typescript-fetch client in the
 * test-compile phase, against an emulator started here. The script makes the calls and all the checks; this test
 * provides the emulator, its seed data and the credentials, and asserts that the script succeeded.
 */
class TypeScriptClientSmokeTest {

    private static final String SEEDED_GIFT_ID = "rose";
    private static final long SEEDED_GIFT_COINS = 10;
    private static final String MIX_ROOM = "mix1";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void generatedClientCallsEveryCommandGroupAndSurfacesFailEnvelopes() {
        Path script = PolyglotBuild.typeScriptBuild().resolve("src/test/ts/smoke.js");
        assertTrue(Files.isRegularFile(script), () -> script + " is missing: the test-compile phase compiles "
                + "src/test/ts with tsc (see the compile-typescript execution in the pom)");

        try (LiveEngineEmulator emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build())) {
            emulator.state().gifts().put(new AddGiftRequest().giftId(SEEDED_GIFT_ID).coins(SEEDED_GIFT_COINS)
                    .defaultName("Rose"));
            emulator.state().mixTasks().create(MIX_ROOM);
            String userSig = emulator.userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));

            // credentials travel in the environment: never on a command line, never in a message
            Map<String, String> environment = Map.of(
                    "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                    "LIVE_ENGINE_SDKAPPID", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID),
                    "LIVE_ENGINE_IDENTIFIER", EmulatorSettings.DEFAULT_ADMIN,
                    "LIVE_ENGINE_USERSIG", userSig,
                    "SMOKE_SEEDED_GIFT_ID", SEEDED_GIFT_ID,
                    "SMOKE_SEEDED_GIFT_COINS", Long.toString(SEEDED_GIFT_COINS),
                    "SMOKE_MIX_ROOM", MIX_ROOM);
            ExternalProcess.Result run = ExternalProcess.run(PolyglotBuild.moduleDir(), SCRIPT_TIMEOUT, environment,
                    List.of("node", script.toString()));

            assertEquals(0, run.exitCode(), run::describe);
            assertTrue(run.output().contains("SMOKE PASSED"), () -> "the script exited 0 without finishing: "
                    + run.describe());
            assertFalse(run.output().contains(userSig), "the script printed the UserSig");
        }
    }
}

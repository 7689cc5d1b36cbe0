package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs src/test/ts/smoke.ts, compiled by tsc together with the generated typescript-fetch client in the
 * test-compile phase, against an emulator from {@link LiveEngineEmulatorExtension}, which also checks every reply
 * it sent against the spec. The script makes the calls and all the checks; this test seeds the emulator, provides
 * the credentials, and asserts that the script succeeded.
 */
class TypeScriptClientSmokeTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final String SEEDED_GIFT_ID = "rose";
    private static final long SEEDED_GIFT_COINS = 10;
    private static final String MIX_ROOM = "mix1";
    /** The room smoke.ts sends its gifts in; gifts can only be sent in a room that exists. */
    private static final String GIFT_ROOM = "smoke-room";
    /** Who smoke.ts sends its gifts from and to; send_gift refuses a sender or receiver never imported (70107). */
    private static final List<String> GIFT_ACCOUNTS = List.of("alice", "bob", "carol");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void generatedClientCallsEveryCommandGroupAndSurfacesFailEnvelopes() throws Exception {
        Path script = PolyglotBuild.typeScriptBuild().resolve("src/test/ts/smoke.js");
        assertTrue(Files.isRegularFile(script), () -> script + " is missing: the test-compile phase compiles "
                + "src/test/ts with tsc (see the compile-typescript execution in the pom)");

        // a snapshot rather than calls: a mixing task has no call that creates it yet, an add_gift here
        // would use up the second that add_gift's rate limit gives the script, and the room and the
        // accounts are the script's setting, not calls it smoke-tests
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [%s]},
                  "room": {"Rooms": [{"RoomId": "%s", "Owner": "%s", "CreateTime": 1693271354,
                    "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]},
                  "gift": {"Gifts": [{"GiftId": "%s", "Coins": %d, "DefaultName": "Rose"}]},
                  "mixStream": {"Tasks": [{"RoomId": "%s", "Status": "STOPPED"}]}}}
                """.formatted(GIFT_ACCOUNTS.stream().map("{\"UserId\": \"%s\"}"::formatted).collect(Collectors.joining(", ")),
                GIFT_ROOM, EmulatorSettings.DEFAULT_ADMIN, SEEDED_GIFT_ID, SEEDED_GIFT_COINS, MIX_ROOM)));
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));

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

        // first, so that a failure message quoting the script's output can never carry the UserSig
        assertFalse(run.output().contains(userSig), "the script printed the UserSig");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.output().contains("SMOKE PASSED"), () -> "the script exited 0 without finishing: "
                + run.describe());
    }
}

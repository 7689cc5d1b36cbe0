package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.GoToolchain;
import dev.liveengine.polyglot.support.PolyglotBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Go module installs the way Go users install modules: a fresh project of its own, outside the build tree
 * (under the OS temp directory), requires {@code github.com/live-engine/live-engine-go} and resolves it with a
 * {@code replace} directive to the module the build assembled, with no network. The project is the README's quick
 * start (src/test/go/quickstart, which the README quotes verbatim); it builds, vets, and makes its one call
 * against the emulator.
 */
class GoModuleInstallTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final List<String> QUICKSTART_FILES = List.of("main.go", "webhook.go");

    private Path scratch;

    @AfterEach
    void removeScratchProject() throws IOException {
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void scratchProjectRequiresTheModuleAndCallsTheEmulator() throws Exception {
        Path module = GoToolchain.module();
        assertTrue(Files.isRegularFile(module.resolve("go.mod")), () -> module + " was not assembled by the build");
        scratch = Files.createTempDirectory("live-engine-go-quickstart-");
        Path target = PolyglotBuild.moduleDir().resolve("target");
        assertFalse(scratch.toRealPath().startsWith(target.toRealPath()), "the scratch project must be outside the build tree");

        Files.writeString(scratch.resolve("go.mod"), """
                module example.com/quickstart

                go 1.19

                require %s v0.1.0

                replace %s => %s
                """.formatted(GoToolchain.MODULE_PATH, GoToolchain.MODULE_PATH, module.toAbsolutePath()));
        for (String file : QUICKSTART_FILES) {
            Files.copy(GoToolchain.quickstart().resolve(file), scratch.resolve(file));
        }

        ExternalProcess.Result build = GoToolchain.go(scratch, GoToolchain.BUILD_TIMEOUT, Map.of(), "build", "-o", "quickstart", ".");
        assertEquals(0, build.exitCode(), build::describe);
        ExternalProcess.Result vet = GoToolchain.go(scratch, GoToolchain.BUILD_TIMEOUT, Map.of(), "vet", ".");
        assertEquals(0, vet.exitCode(), vet::describe);

        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}]},
                  "room": {"Rooms": [{"RoomId": "room1", "Owner": "alice", "CreateTime": 1693271354,
                    "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]}}}
                """));
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        ExternalProcess.Result run = ExternalProcess.run(scratch, Duration.ofSeconds(30), Map.of(
                        "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                        "LIVE_ENGINE_SDKAPPID", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID),
                        "LIVE_ENGINE_IDENTIFIER", EmulatorSettings.DEFAULT_ADMIN,
                        "LIVE_ENGINE_USERSIG", userSig),
                List.of(scratch.resolve("quickstart").toString()));

        assertFalse(run.output().contains(userSig), "the quick start printed the UserSig");
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("room1 is owned by alice", run.output().strip());
        List<Journal.Call> calls = emulator.control().journal(null, 100);
        assertEquals(1, calls.size(), calls::toString);
        assertEquals("getRoomInfo", calls.get(0).operationId());
        assertEquals(0, calls.get(0).errorCode());
    }

    /** The README's Go quick start is the tested program, word for word. */
    @Test
    void readmeQuotesTheTestedQuickStart() {
        String readme = PolyglotBuild.read(PolyglotBuild.moduleDir().resolve("README.md"));
        for (String file : QUICKSTART_FILES) {
            String source = PolyglotBuild.read(PolyglotBuild.moduleDir().resolve("src/test/go/quickstart").resolve(file));
            assertTrue(readme.contains("```go\n" + source + "```\n"), () -> "README.md does not quote src/test/go/quickstart/"
                    + file + " as it is; copy it into its ```go block");
        }
    }
}

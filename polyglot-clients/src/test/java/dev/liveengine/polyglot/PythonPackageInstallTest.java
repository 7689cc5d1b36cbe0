package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wheel installs the ordinary way and works: a fresh virtual environment in a scratch project under the OS
 * temp directory, outside the build tree ({@code python3 -m venv --system-site-packages}, so that pydantic, urllib3
 * and python-dateutil come from the system: no index is consulted), {@code pip install --no-deps --no-index} of the
 * wheel, and the README's example program run there against the emulator, importing only the installed package.
 *
 * <p>The environment is made {@code --without-pip}: the system's pip, visible through the system site packages,
 * installs into it all the same, and the test saves the 2-3 s that seeding pip into every new environment takes.
 */
class PythonPackageInstallTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final Pattern TYPED_FAIL = Pattern.compile("get_room_info failed: 100004 .* (Id-\\S+)");
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void wheelInstallsIntoAFreshEnvironmentAndCallsTheEmulator(@TempDir Path scratch) throws IOException {
        String python = Python.interpreter();
        Path wheel = Python.wheel();
        Path buildTree = PolyglotBuild.moduleDir().getParent();
        assertFalse(scratch.toRealPath().startsWith(buildTree.toRealPath()), "the scratch project must be outside " + buildTree);

        Path venv = scratch.resolve("venv");
        run(scratch, Map.of(), python, "-m", "venv", "--system-site-packages", "--without-pip", venv.toString());
        Path venvPython = venv.resolve("bin/python");
        ExternalProcess.Result install = run(scratch, Python.offlinePip(), venvPython.toString(), "-m", "pip", "--isolated",
                "install", "--no-deps", "--no-index", "--no-cache-dir", wheel.toString());
        assertTrue(install.output().contains("Successfully installed live-engine-client-"), install::describe);

        // where the package comes from, without importing it: the new environment's site-packages
        ExternalProcess.Result where = run(scratch, Map.of(), venvPython.toString(), "-I", "-c",
                "import importlib.util; print(importlib.util.find_spec('live_engine_client').origin)");
        Path origin = Path.of(where.output().strip());
        assertTrue(origin.startsWith(venv) && origin.toString().contains("site-packages"),
                () -> "live_engine_client is not imported from the new environment: " + origin);

        // the README's program, as a user would save it
        Files.writeString(scratch.resolve("main.py"), Python.readmeBlock("PythonPackageInstallTest"));
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        // -I: no PYTHONPATH, no user site, not even the script's directory: only what is installed
        ExternalProcess.Result program = ExternalProcess.run(scratch, STEP_TIMEOUT, Map.of(
                        "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                        "LIVE_ENGINE_SDKAPPID", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID),
                        "LIVE_ENGINE_IDENTIFIER", EmulatorSettings.DEFAULT_ADMIN,
                        "LIVE_ENGINE_USERSIG", userSig),
                List.of(venvPython.toString(), "-I", "main.py"));

        assertFalse(program.output().contains(userSig), "the program printed the UserSig");
        assertEquals(0, program.exitCode(), program::describe);
        assertTrue(program.output().contains("room1 belongs to alice"), program::describe);
        Matcher failed = TYPED_FAIL.matcher(program.output());
        assertTrue(failed.find(), () -> "the program did not print its typed FAIL: " + program.describe());

        // the emulator's side: the calls arrived, authenticated, and did what the program says
        List<String> operations = emulator.control().journal(null, 10).stream().map(Journal.Call::operationId).toList();
        assertEquals(List.of("accountImport", "createRoom", "getRoomInfo", "getRoomInfo"), operations);
        Journal.Call missing = emulator.control().journal("getRoomInfo", 1).get(0);
        assertEquals(failed.group(1), missing.requestId(), "the RequestId the Python error carried");
        assertEquals(100004, missing.errorCode());
        JsonNode stores = emulator.control().exportState().path("Stores");
        assertEquals(List.of("alice"), stores.at("/account/Accounts").findValuesAsText("UserId"));
        assertEquals("alice", stores.at("/room/Rooms").get(0).path("Owner").asText());
    }

    private static ExternalProcess.Result run(Path directory, Map<String, String> environment, String... command) {
        ExternalProcess.Result result = ExternalProcess.run(directory, STEP_TIMEOUT, environment, List.of(command));
        assertEquals(0, result.exitCode(), result::describe);
        return result;
    }
}

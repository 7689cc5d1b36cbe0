package dev.liveengine.polyglot.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The Python side of this module's build: the interpreter the tests drive, and where the build put the
 * assembled package (generated client plus the hand-written helpers of src/main/python) and its wheel
 * (the {@code package-python} execution of the pom, scripts/python_wheel.py).
 *
 * <p>The client needs Python 3.10+ with pydantic 2, urllib3 and python-dateutil; nothing is downloaded.
 * Outside CI a test is skipped when they are missing; in CI (system property {@code liveEngine.ci}) it fails.
 */
public final class Python {

    /** The generated package's import name. */
    public static final String PACKAGE = "live_engine_client";

    private static volatile String checkedInterpreter;

    private Python() {}

    /** The assembled package source: what the wheel is built from, importable with PYTHONPATH. */
    public static Path packageDir() {
        return PolyglotBuild.moduleDir().resolve("target/python-package");
    }

    /** Where the build put the wheel. */
    public static Path distDir() {
        return PolyglotBuild.moduleDir().resolve("target/python-dist");
    }

    /** The one wheel the build made. */
    public static Path wheel() {
        List<Path> wheels = PolyglotBuild.filesEndingWith(distDir(), ".whl");
        if (wheels.size() != 1) {
            throw new AssertionError("expected one wheel in " + distDir() + " (the package-python execution of the "
                    + "pom builds it), found " + wheels);
        }
        return wheels.get(0);
    }

    /** The hand-written Python programs of src/test/python. */
    public static Path testSource(String name) {
        Path file = PolyglotBuild.moduleDir().resolve("src/test/python").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing");
        }
        return file;
    }

    /** The module's README, whose Python blocks the tests run. */
    public static Path readme() {
        return PolyglotBuild.moduleDir().resolve("README.md");
    }

    /**
     * The first {@code ```python} block after the line {@code <!-- tested by <testName> -->} of the module's README:
     * the snippets users copy are the ones the tests run.
     */
    public static String readmeBlock(String testName) {
        String readme = PolyglotBuild.read(readme());
        String marker = "<!-- tested by " + testName + " -->";
        int at = readme.indexOf(marker);
        if (at < 0) {
            throw new AssertionError(readme() + " has no line " + marker);
        }
        int start = readme.indexOf("```python\n", at);
        int end = start < 0 ? -1 : readme.indexOf("\n```", start + 10);
        if (start < 0 || end < 0) {
            throw new AssertionError("no ```python block after " + marker + " in " + readme());
        }
        return readme.substring(start + "```python\n".length(), end + 1);
    }

    /**
     * {@code python3}, once it is known to have what the client needs; otherwise the test is skipped, or fails in CI.
     */
    public static String interpreter() {
        String known = checkedInterpreter;
        if (known != null) {
            return known;
        }
        String python = ExternalProcess.onPath("python3").map(Path::toString)
                .orElseGet(() -> missing("python3 is not on the PATH"));
        ExternalProcess.Result probe = ExternalProcess.run(PolyglotBuild.moduleDir(), Duration.ofSeconds(30), Map.of(),
                List.of(python, "-c", "import sys, pydantic, urllib3, dateutil\n"
                        + "assert sys.version_info >= (3, 10), sys.version\n"
                        + "assert pydantic.VERSION.split('.')[0] == '2', 'pydantic ' + pydantic.VERSION\n"
                        + "print('python', sys.version.split()[0], 'pydantic', pydantic.VERSION)"));
        if (probe.exitCode() != 0) {
            missing(python + " lacks what the generated client needs (Python 3.10+, pydantic 2, urllib3, "
                    + "python-dateutil): " + probe.output().strip());
        }
        checkedInterpreter = python;
        return python;
    }

    /**
     * The environment for running a program against the assembled package: it on PYTHONPATH, bytecode under
     * target/ instead of beside the sources, plus {@code extra} (credentials travel here, never as arguments).
     */
    public static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("PYTHONPATH", packageDir().toString());
        environment.put("PYTHONPYCACHEPREFIX", PolyglotBuild.moduleDir().resolve("target/python-bytecode").toString());
        environment.put("PYTHONUNBUFFERED", "1");
        environment.put("PYTHONNOUSERSITE", "1");
        return environment;
    }

    /**
     * The environment for pip: with {@code PIP_CONFIG_FILE} set to the null device pip reads no configuration file
     * (no index or find-links of this machine), and {@code --isolated} on its command line keeps the PIP_* variables
     * out as well; {@code --no-index} then leaves the network out.
     */
    public static Map<String, String> offlinePip() {
        return Map.of("PIP_CONFIG_FILE", "/dev/null");
    }

    private static String missing(String why) {
        if (Boolean.getBoolean("liveEngine.ci")) {
            return fail(why + ". CI must have python3 with pydantic 2, urllib3 and python-dateutil.");
        }
        return Assumptions.abort(why + " (in CI, CI=true, this test fails instead of skipping)");
    }
}

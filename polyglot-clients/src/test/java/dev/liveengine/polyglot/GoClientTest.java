package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.GoToolchain;
import dev.liveengine.polyglot.support.PolyglotBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Go module a user installs, as the build assembled it in target/go/live-engine-go: the generated package
 * plus the hand-written helpers of src/main/go (typed FAIL errors, the webhook receiver) and their unit tests.
 *
 * <p>Files gofmt would merely re-lay out do not fail {@link #sourcesAreValidGo()}: the Go templates of
 * openapi-generator 7.25.0 leave blank lines and doc-comment indentation that gofmt rewrites in almost every file.
 * That is cosmetic, comes from the generator rather than the spec, and the generated code is never committed or
 * edited. The hand-written Go files, though, must be formatted.
 *
 * <p>Outside CI the tests are skipped when Go is not installed; in CI (system property {@code liveEngine.ci},
 * which the root pom sets) they fail instead, so the checks cannot silently stop running.
 */
class GoClientTest {

    @Test
    void sourcesAreValidGo() {
        String gofmt = GoToolchain.gofmt();
        Path sources = PolyglotBuild.generated("go");
        List<Path> files = PolyglotBuild.filesEndingWith(sources, ".go");
        assertFalse(files.isEmpty(), () -> "no .go files under " + sources);

        ExternalProcess.Result check = ExternalProcess.run(PolyglotBuild.moduleDir(), Duration.ofSeconds(60), Map.of(),
                List.of(gofmt, "-l", "-e", sources.toString()));

        assertEquals(0, check.exitCode(), () -> "gofmt found syntax errors in the generated Go client: "
                + check.describe());
        long restyled = check.output().lines().filter(line -> line.endsWith(".go")).count();
        System.out.println("[GoClientTest] gofmt parses all " + files.size() + " generated Go files; it would re-lay out "
                + restyled + " of them (tolerated: the generator's template style)");
    }

    @Test
    void handWrittenGoIsFormatted() {
        ExternalProcess.Result check = ExternalProcess.run(PolyglotBuild.moduleDir(), Duration.ofSeconds(60), Map.of(),
                List.of(GoToolchain.gofmt(), "-l", "src/main/go", "src/test/go"));
        assertEquals(0, check.exitCode(), check::describe);
        assertEquals("", check.output().strip(), () -> "run gofmt -w on these files:\n" + check.output());
    }

    /** No module proxy is reachable here, nor needed by a user: the module requires nothing. */
    @Test
    void moduleUsesTheStandardLibraryOnly() throws Exception {
        Path module = GoToolchain.module();
        assertTrue(Files.isRegularFile(module.resolve("go.mod")), () -> module + "/go.mod is missing: the build copies "
                + "src/main/go there (see the go-module execution in the pom)");
        assertTrue(Files.isRegularFile(module.resolve("api_room.go")), () -> "the generated client was not copied to " + module);
        assertTrue(Files.readAllLines(module.resolve("go.mod")).stream().noneMatch(line -> line.strip().startsWith("require")),
                "go.mod requires a module");

        ExternalProcess.Result deps = GoToolchain.go(module, GoToolchain.BUILD_TIMEOUT, Map.of(),
                "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "./...");

        assertEquals(0, deps.exitCode(), deps::describe);
        assertEquals(List.of(GoToolchain.MODULE_PATH), deps.output().lines().filter(line -> !line.isBlank()).toList(),
                () -> "the client imports packages outside the standard library: " + deps.describe());
    }

    @Test
    void moduleVetsCleanAndItsHelperTestsPass() {
        Path module = GoToolchain.module();
        ExternalProcess.Result vet = GoToolchain.go(module, GoToolchain.BUILD_TIMEOUT, Map.of(), "vet", "./...");
        assertEquals(0, vet.exitCode(), () -> "go vet reports problems in the generated client or the helpers: "
                + vet.describe());

        ExternalProcess.Result test = GoToolchain.go(module, GoToolchain.BUILD_TIMEOUT, Map.of(),
                "test", "-count=1", "-v", "./...");

        assertEquals(0, test.exitCode(), test::describe);
        for (String name : List.of("TestWebhookSignMatchesTheDocumentedVector", "TestReceiveAcceptsTheVectorAndParsesTheEvent",
                "TestReceiveAllowsSixtySecondsEitherWay", "TestReceiveRefusesWhatMustNotBeTrusted",
                "TestEveryEventCommandHasItsModel", "TestOkTurnsAFailEnvelopeIntoALiveEngineError")) {
            assertTrue(test.output().contains("--- PASS: " + name + " "), () -> name + " did not pass: " + test.describe());
        }
    }
}

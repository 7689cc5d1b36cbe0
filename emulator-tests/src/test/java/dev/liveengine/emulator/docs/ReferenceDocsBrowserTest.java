package dev.liveengine.emulator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.http.ReferencePage;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API reference the emulator serves at {@code /}, opened in a real browser: headless Chromium
 * driven by {@code src/test/js/reference-page.mjs} (playwright-core from the repository's pinned
 * Node tools). The script fails when an operation of the spec is missing from the side menu or the
 * body, when its rate limit, error codes or recorded examples are not shown, when the error-code
 * table is incomplete, or when the page logs a console error, throws, or makes any request besides
 * the page itself (it must work offline). It saves {@code target/reference-docs.png}.
 *
 * <p>Needs Node (the build installs the tools) and Chromium at {@code /usr/bin/chromium} (or
 * {@code $CHROMIUM_PATH}). Where
 * one is missing the test is skipped with a note, except in CI (system property {@code liveEngine.ci},
 * which the root pom sets), where it fails: CI must run it. {@code -DskipNode} skips it everywhere.
 */
class ReferenceDocsBrowserTest {

    /** Debian's Chromium; CHROMIUM_PATH (which the script reads too) points elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String SPEC = "/openapi/live-engine.json";

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @Test
    void everyOperationIsListedAndRenderedWithoutErrors() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("skipNode"),
                "skipped: the build runs with -DskipNode, so there are no Node tools and no rendered reference");
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path repoRoot = moduleDir.getParent();
        Path script = moduleDir.resolve("src/test/js/reference-page.mjs");
        Path screenshot = moduleDir.resolve("target/reference-docs.png");

        requireTool(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + ". Install it with `apt-get install chromium` (Debian; as root) to run this browser test.");
        requireTool(nodeVersion() != null, "Node is not on the PATH. Install Node 20.19 or later to run this browser test"
                + " (the build installs the Node tools itself).");
        requireTool(Files.isDirectory(repoRoot.resolve("node_modules/playwright-core")), "playwright-core is not installed in "
                + repoRoot.resolve("node_modules") + ". Run `node scripts/ensure-node-modules.mjs` in " + repoRoot
                + " (the openapi module's build does that).");
        assertTrue(ReferencePage.isRendered(), ReferencePage.RESOURCE + " is not on the classpath: the live-engine-openapi"
                + " jar was built without the reference docs (-DskipNode?). Rebuild it with `./mvnw -pl openapi install`.");

        List<String> operationIds = operationIdsOfTheSpec();
        assertFalse(operationIds.isEmpty(), "the spec " + SPEC + " has no operations");
        Files.deleteIfExists(screenshot);

        Process process = new ProcessBuilder("node", script.toString(), emulator.baseUrl() + "/",
                screenshot.toString(), String.join(",", operationIds))
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "reference-page output");
        reader.start();
        boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        String log = output.toString(StandardCharsets.UTF_8);
        System.out.println(log);
        assertTrue(finished, "reference-page.mjs did not finish within " + TIMEOUT + "; its output:\n" + log);
        assertEquals(0, process.exitValue(), "the reference page failed its browser check (operations expected: "
                + operationIds + "); reference-page.mjs said:\n" + log);
        assertTrue(Files.size(screenshot) > 0, "no screenshot at " + screenshot + "; output:\n" + log);
    }

    /** Skips the test where a tool is missing, but fails it in CI, which must run it. */
    private static void requireTool(boolean present, String message) {
        if (present) {
            return;
        }
        if (Boolean.getBoolean("liveEngine.ci")) {
            fail(message + " CI (liveEngine.ci, from CI=true) must run this test.");
        }
        Assumptions.abort("skipped: " + message);
    }

    /** The operationIds of the bundled spec that the emulator serves, as the page must show them. */
    private static List<String> operationIdsOfTheSpec() throws IOException {
        try (InputStream in = ReferenceDocsBrowserTest.class.getResourceAsStream(SPEC)) {
            assertTrue(in != null, SPEC + " is missing from the classpath");
            JsonNode spec = new ObjectMapper().readTree(in);
            List<String> ids = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    JsonNode id = operation.getValue().path("operationId");
                    if (id.isTextual()) {
                        ids.add(id.asText());
                    }
                }
            }
            return ids;
        }
    }

    private static String nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? version : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

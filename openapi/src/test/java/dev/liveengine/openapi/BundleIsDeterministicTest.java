package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.liveengine.openapi.bundle.SpecBundler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundler writes the same bytes every time it runs on the same sources. Within one JVM the
 * key order of swagger-core's model objects is fixed, so only separate JVMs can show that it
 * differs between runs (it did: {@code default} and {@code enum} of ContentType swapped places);
 * hence the bundler runs here in two fresh JVMs at once (one per core of a small CI machine), and
 * their bytes must equal those of a third run, the build's own (in Maven's JVM), and the committed
 * {@code live-engine.yaml}.
 */
class BundleIsDeterministicTest {

    private static final int RUNS = 2;
    private static final String[] OUTPUTS = {"live-engine.yaml", "live-engine.json"};

    @Test
    void separateJvmsWriteIdenticalBytesAndTheCommittedBundle(@TempDir Path tmp) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> outDirs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path outDir = tmp.resolve("run" + run);
            outDirs.add(outDir);
            processes.add(new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    SpecBundler.class.getName(), SpecFiles.specRoot().toString(), outDir.toString(),
                    SpecFiles.committedBundle().toString(), "true") // as in CI: only read the committed bundle
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("run" + run + ".log").toFile())
                    .start());
        }
        for (int run = 0; run < RUNS; run++) {
            Process process = processes.get(run);
            Path log = tmp.resolve("run" + run + ".log");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the bundler did not finish within 60 s:\n" + SpecFiles.readString(log));
            }
            assertEquals(0, process.exitValue(), () -> "the bundler failed:\n" + SpecFiles.readString(log));
        }
        for (String output : OUTPUTS) {
            byte[] built = Files.readAllBytes(SpecFiles.built(output));
            for (int run = 0; run < RUNS; run++) {
                int which = run;
                assertArrayEquals(built, Files.readAllBytes(outDirs.get(run).resolve(output)),
                        () -> output + " of JVM run " + which + " differs from the build's own");
            }
        }
        assertArrayEquals(Files.readAllBytes(SpecFiles.committedBundle()),
                Files.readAllBytes(outDirs.get(0).resolve("live-engine.yaml")),
                "a fresh JVM bundles the sources into something other than the committed live-engine.yaml");
    }

    private static String javaExecutable() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IOException("no java executable at " + java);
        }
        return java.toString();
    }
}

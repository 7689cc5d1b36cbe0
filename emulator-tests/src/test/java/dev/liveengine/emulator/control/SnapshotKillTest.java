package dev.liveengine.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.ChildJvm;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file survives a kill at any moment: a process writes it again and again, each time a new
 * version of the state, and is killed (SIGKILL, no shutdown hook) at a seeded write: every other
 * time as that write starts (the signal lands inside it), else just after it ended. The file must then be exactly the last version written or
 * the one being written, never a torn mix, and the next start must read it and remove what the
 * killed write left behind. {@code -Dsnapshot.kills=N} sets the number of kills (default 3, each a
 * JVM start); {@code benchmarks/README.md} gives the figure of a long run.
 */
class SnapshotKillTest {

    private static final long SEED = 20261130L;
    private static final int KILLS = Integer.getInteger("snapshot.kills", 3);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @TempDir
    Path directory;

    @Test
    void aKilledWriteLeavesTheOldSnapshotOrTheNewOneAndTheNextStartReadsIt() throws Exception {
        Path file = directory.resolve("state.json");
        Random random = new Random(SEED);
        long version = 0;
        int cutShort = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            // from the second write on, so that the old file is this writer's too
            Writes writes = killAt(file, 2 + random.nextInt(19), kill % 2 == 0);
            if (filesIn(directory).size() > 1) {
                cutShort++; // the kill landed inside a write: its temporary file is still there
            }
            JsonNode written = wholeSnapshotIn(file, kill);
            version = SnapshotWriterProcess.versionOf(written);
            assertTrue(writes.couldHaveLeft(version),
                    "kill " + kill + ": the file holds version " + version + " after " + writes);
            assertEquals(exported(version), written, "kill " + kill + ": the file is version " + version + " whole");
        }

        try (LiveEngineEmulator next = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).stateFile(file).build())) {
            assertEquals(exported(version), next.control().exportState(), "the next start reads the last version");
            assertEquals(Set.of(file), filesIn(directory), "and removes what the killed writes left");
        }
        // the figure benchmarks/README.md reports for a long run
        System.out.printf("%d kills, %d inside a write, every file whole%n", KILLS, cutShort);
    }

    /** What the emulator exports once it holds version {@code n}: the file's expected content. */
    private static JsonNode exported(long n) {
        emulator.control().importState(SnapshotWriterProcess.version(n));
        return emulator.control().exportState();
    }

    /** The snapshot the file holds, failing the test if it is not one whole snapshot of the writer's. */
    private static JsonNode wholeSnapshotIn(Path file, int kill) throws IOException {
        String content = Files.readString(file);
        try {
            JsonNode snapshot = EmulatorHttp.JSON.readTree(content);
            if (snapshot != null && SnapshotWriterProcess.hasVersion(snapshot)) {
                return snapshot;
            }
        } catch (JsonProcessingException torn) {
            // reported below, with what the file holds
        }
        return fail("kill " + kill + ": the file is not a whole snapshot (" + content.length() + " characters): "
                + content.substring(0, Math.min(200, content.length())));
    }

    /** What a writer said before it died: the last write it finished, and whether it started the next. */
    private record Writes(long lastWritten, long lastStarted) {

        boolean couldHaveLeft(long version) {
            return version == lastWritten || version == lastStarted;
        }
    }

    /**
     * Starts a writer on {@code file} and kills it as it starts its write number {@code write}, or as it
     * has just finished it: the signal then lands somewhere in the write, or in the work between two.
     * Returns what the writer said before it died.
     */
    private Writes killAt(Path file, int write, boolean asItStarts) throws IOException, InterruptedException {
        Path errors = directory.resolve("writer-errors.log");
        Process writer = ChildJvm.of(List.of("-XX:+UseSerialGC", "-Xmx128m"), SnapshotWriterProcess.class, file.toString())
                .redirectError(errors.toFile())
                .start();
        long lastWritten = 0;
        long lastStarted = 0;
        try (BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line; (line = said.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith(SnapshotWriterProcess.WRITING)) {
                    lastStarted = Long.parseLong(line.substring(SnapshotWriterProcess.WRITING.length()));
                } else if (line.startsWith(SnapshotWriterProcess.WROTE)) {
                    lastWritten = Long.parseLong(line.substring(SnapshotWriterProcess.WROTE.length()));
                }
                if ((asItStarts ? lastStarted : lastWritten) == write && writer.isAlive()) {
                    // SIGKILL, through the handle: Process.destroyForcibly would also close the stream still being read
                    writer.toHandle().destroyForcibly();
                }
            }
            writer.waitFor();
            assertTrue(lastStarted >= write, () -> "the writer died before it was killed: " + lines + " " + readQuietly(errors));
        }
        Files.deleteIfExists(errors);
        return new Writes(lastWritten, lastStarted);
    }

    private static Set<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return Set.copyOf(files.toList());
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no error output: " + e.getMessage() + ")";
        }
    }
}

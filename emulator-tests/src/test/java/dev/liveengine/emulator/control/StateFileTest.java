package dev.liveengine.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The state file ({@code EmulatorSettings.stateFile}): read at start when it exists, written at
 * close. The extension owns start and close, so each emulator's life here is one run of
 * {@link OneLife}, a test class of its own, through JUnit's EngineTestKit.
 */
class StateFileTest {

    /** The file and the work of the next life; set by {@link #live} just before the run that reads them. */
    private static Path stateFile;
    private static Consumer<LiveEngineEmulatorExtension> duringTheLife;

    @TempDir
    Path directory;

    /** One emulator's life: started with the state file, {@link #duringTheLife} run, closed. */
    static class OneLife {

        // an instance field, so that each run builds its extension with the file of that run;
        // no reset, which would wipe the state just read from the file
        @RegisterExtension
        final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.stateFile(stateFile))
                .resetBeforeEach(false)
                .build();

        @Test
        void live() {
            duringTheLife.accept(emulator);
        }
    }

    /** Runs one life and returns what failed in it, if anything. */
    private static List<Throwable> live(Path file, Consumer<LiveEngineEmulatorExtension> during) {
        stateFile = file;
        duringTheLife = during;
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(OneLife.class)).execute()
                .allEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow())
                .toList();
    }

    @Test
    void closeWritesTheStateAndTheNextStartReadsIt() throws Exception {
        Path file = directory.resolve("state.json");
        AtomicReference<JsonNode> atClose = new AtomicReference<>();
        assertEquals(List.of(), live(file, emulator -> {
            assertTrue(Files.notExists(file), "the file is written at close, not before");
            emulator.client().createRoom(Rooms.create("room1"));
            emulator.client().multiaccountImport(new MultiaccountImportRequest().accounts(List.of("alice", "host")));
            emulator.client().addGift(new AddGiftRequest().giftId("gift1").coins(5L).defaultName("Gift"));
            emulator.client().sendGift(new SendGiftRequest().roomId("room1").giftId("gift1").count(3)
                    .fromAccount("alice").receiverListAccount(List.of("host")));
            atClose.set(emulator.control().exportState());
        }));
        assertEquals(atClose.get(), EmulatorHttp.JSON.readTree(file.toFile()));

        AtomicReference<JsonNode> atStart = new AtomicReference<>();
        assertEquals(List.of(), live(file, emulator -> atStart.set(emulator.control().exportState())));
        assertEquals(atClose.get(), atStart.get());
        assertFalse(atStart.get().at("/Stores/gift/Rooms").isEmpty(), "the state read back holds the statistics");
        assertFalse(atStart.get().at("/Stores/room/Rooms").isEmpty(), "and the room");
    }

    @Test
    void aFileThatIsNotJsonFailsStartUpNamingTheFile() throws Exception {
        Path file = Files.writeString(directory.resolve("state.json"), "{\"Version\": 1, \"Stores\": {");
        assertStartFailsNaming(file);
    }

    @Test
    void aFileThatIsNotASnapshotFailsStartUpNamingTheFile() throws Exception {
        Path file = Files.writeString(directory.resolve("state.json"), "{\"Version\": 1, \"Stores\": {\"noSuchStore\": {}}}");
        assertStartFailsNaming(file);
    }

    private void assertStartFailsNaming(Path file) throws Exception {
        String content = Files.readString(file);
        AtomicReference<LiveEngineEmulatorExtension> lived = new AtomicReference<>();
        List<Throwable> failures = live(file, lived::set);
        assertNull(lived.get(), "the test ran although the emulator could not start");
        assertEquals(1, failures.size(), () -> "one failure, the start: " + failures);
        assertTrue(failures.get(0).getMessage().contains(file.toString()), failures.get(0)::getMessage);
        assertEquals(content, Files.readString(file), "a file that could not be read is left as it was");
    }
}

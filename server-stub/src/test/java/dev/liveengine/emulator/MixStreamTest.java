package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.state.MixTasks;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** resume_mcu_task against the rooms' mixing tasks. */
class MixStreamTest {

    @RegisterExtension
    static final EmulatorHttp http = EmulatorHttp.start();

    @Test
    void resumingARoomWithoutATaskIs100424() {
        var reply = fails(100424, http.resumeMix("mix1"));
        assertTrue(reply.info().contains("mix1"), reply.info());
        assertTrue(http.emulator.state().mixTasks().status("mix1").isEmpty(), "a failed resume must not create a task");
    }

    @Test
    void resumingAStoppedTaskSetsItRunning() {
        http.emulator.state().mixTasks().create("mix1");
        assertEquals(Optional.of(MixTasks.Status.STOPPED), http.emulator.state().mixTasks().status("mix1"));

        ok(http.resumeMix("mix1"));
        assertEquals(Optional.of(MixTasks.Status.RUNNING), http.emulator.state().mixTasks().status("mix1"));

        // resuming is idempotent, and other rooms are unaffected
        ok(http.resumeMix("mix1"));
        assertEquals(Optional.of(MixTasks.Status.RUNNING), http.emulator.state().mixTasks().status("mix1"));
        fails(100424, http.resumeMix("mix2"));
    }

    @Test
    void aRoomIdIsRequired() {
        var reply = fails(100002, http.call("resume_mcu_task", json()));
        assertTrue(reply.info().contains("RoomId"), reply.info());
    }
}

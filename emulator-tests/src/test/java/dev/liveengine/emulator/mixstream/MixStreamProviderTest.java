package dev.liveengine.emulator.mixstream;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** resume_mcu_task against the rooms' mixing tasks. */
class MixStreamProviderTest {

    private static final SpecExamples.Operation RESUME_MCU_TASK = SpecExamples.operation("resumeMcuTask");
    /** Mixing tasks come from set_mix_stream, which the emulator does not serve yet, so tests import one. */
    private static final String STOPPED_TASK_OF_MIX1 =
            "{\"Version\":1,\"Stores\":{\"mixStream\":{\"Tasks\":[{\"RoomId\":\"mix1\",\"Status\":\"STOPPED\"}]}}}";

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private static Reply resume(String roomId) {
        return http.call(RESUME_MCU_TASK, json("RoomId", roomId));
    }

    /** The mixing tasks, as the state snapshot lists them. */
    private static JsonNode tasks() {
        return emulator.control().exportState().at("/Stores/mixStream/Tasks");
    }

    @Test
    void resumingARoomWithoutATaskIs100424() {
        Reply reply = fails(ErrorCodes.MIX_TASK_NOT_FOUND, resume("mix1"));
        assertTrue(reply.info().contains("mix1"), reply.info());
        assertTrue(tasks().isEmpty(), "a failed resume must not create a task: " + tasks());
    }

    @Test
    void resumingAStoppedTaskSetsItRunning() throws Exception {
        JsonNode snapshot = EmulatorHttp.JSON.readTree(STOPPED_TASK_OF_MIX1);
        emulator.control().importState(snapshot);
        assertEquals(snapshot.at("/Stores/mixStream/Tasks"), tasks());
        JsonNode running = EmulatorHttp.JSON.readTree("[{\"RoomId\":\"mix1\",\"Status\":\"RUNNING\"}]");

        ok(resume("mix1"));
        assertEquals(running, tasks());

        // resuming is idempotent, and other rooms are unaffected
        ok(resume("mix1"));
        assertEquals(running, tasks());
        fails(ErrorCodes.MIX_TASK_NOT_FOUND, resume("mix2"));
    }

    @Test
    void aRoomIdIsRequired() {
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(RESUME_MCU_TASK, json()));
        assertTrue(reply.info().contains("RoomId"), reply.info());
    }
}

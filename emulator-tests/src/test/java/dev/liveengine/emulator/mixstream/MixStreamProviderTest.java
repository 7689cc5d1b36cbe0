package dev.liveengine.emulator.mixstream;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** set_mix_stream and resume_mcu_task against the rooms' mixing tasks. */
class MixStreamProviderTest {

    private static final SpecExamples.Operation SET_MIX_STREAM = SpecExamples.operation("setMixStream");
    private static final SpecExamples.Operation RESUME_MCU_TASK = SpecExamples.operation("resumeMcuTask");
    /** A stopped task needs a snapshot: no command stops one. */
    private static final String STOPPED_TASK_OF_MIX1 =
            "{\"Version\":1,\"Stores\":{\"mixStream\":{\"Tasks\":[{\"RoomId\":\"mix1\",\"Status\":\"STOPPED\"}]}}}";
    /**
     * Rooms that set_mix_stream may mix (unlimited audience) and may not (the setting false, or
     * never given); mix2 has a stopped task, mix1 and mix3 none.
     */
    private static final String ROOMS = """
            {"Version": 1, "Stores": {
              "account": {"Accounts": [{"UserId": "host"}]},
              "room": {"Rooms": [
                {"RoomId": "mix1", "Owner": "host", "CreateTime": 0, "Settings": {"RoomType": "Live", "UnlimitedRoomEnabled": true}},
                {"RoomId": "mix2", "Owner": "host", "CreateTime": 0, "Settings": {"RoomType": "Live", "UnlimitedRoomEnabled": true}},
                {"RoomId": "mix3", "Owner": "host", "CreateTime": 0, "Settings": {"RoomType": "Live", "UnlimitedRoomEnabled": true}},
                {"RoomId": "limited", "Owner": "host", "CreateTime": 0, "Settings": {"RoomType": "Live", "UnlimitedRoomEnabled": false}},
                {"RoomId": "plain", "Owner": "host", "CreateTime": 0, "Settings": {"RoomType": "Live"}}]},
              "mixStream": {"Tasks": [{"RoomId": "mix2", "Status": "STOPPED"}]}}}""";

    /** A clock that stands still keeps every call of a test in one window of the shared 20 a second. */
    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private static JsonNode parse(String text) {
        try {
            return EmulatorHttp.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply resume(String roomId) {
        return http.call(RESUME_MCU_TASK, json("RoomId", roomId));
    }

    /** The recorded grid-mode layout, for the room given. */
    private static Reply setMixStream(String roomId) {
        ObjectNode body = RecordedRequests.of(SET_MIX_STREAM).put("RoomId", roomId);
        return http.call(SET_MIX_STREAM, body);
    }

    /** The mixing tasks, as the state snapshot lists them. */
    private static JsonNode tasks() {
        return emulator.control().exportState().at("/Stores/mixStream/Tasks");
    }

    // ---- resume_mcu_task --------------------------------------------------------------------------

    @Test
    void resumingARoomWithoutATaskIs100424() {
        Reply reply = fails(ErrorCodes.MIX_TASK_NOT_FOUND, resume("mix1"));
        assertTrue(reply.info().contains("mix1"), reply.info());
        assertTrue(tasks().isEmpty(), "a failed resume must not create a task: " + tasks());
    }

    @Test
    void resumingAStoppedTaskSetsItRunning() {
        JsonNode snapshot = parse(STOPPED_TASK_OF_MIX1);
        emulator.control().importState(snapshot);
        assertEquals(snapshot.at("/Stores/mixStream/Tasks"), tasks());
        JsonNode running = parse("[{\"RoomId\":\"mix1\",\"Status\":\"RUNNING\"}]");

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

    // ---- set_mix_stream ---------------------------------------------------------------------------

    @Test
    void settingALayoutStartsARunningTaskThatResumeThenFinds() {
        emulator.control().importState(parse(ROOMS));

        ok(setMixStream("mix1"));
        ok(setMixStream("mix2"));

        assertEquals(parse("""
                [{"RoomId": "mix2", "Status": "RUNNING"}, {"RoomId": "mix1", "Status": "RUNNING"}]"""), tasks(),
                "mix1 has a new task, mix2's stopped one runs again");
        ok(resume("mix1"));
        ok(setMixStream("mix1"));
        assertEquals(2, tasks().size(), "setting a layout again changes the task, it does not add one");
    }

    /** Mixing needs unlimited audience (ERRATA R4): a room without it is 100006, and gets no task. */
    @Test
    void aRoomWithoutUnlimitedAudienceIs100006AndGetsNoTask() {
        emulator.control().importState(parse(ROOMS));

        for (String roomId : List.of("limited", "plain")) {
            Reply reply = fails(ErrorCodes.OPERATION_NOT_PERMITTED, setMixStream(roomId));
            assertTrue(reply.info().contains("IsUnlimitedRoomEnabled"), reply.info());
        }
        fails(ErrorCodes.ROOM_NOT_FOUND, setMixStream("nope"));

        assertEquals(parse("[{\"RoomId\": \"mix2\", \"Status\": \"STOPPED\"}]"), tasks());
        fails(ErrorCodes.MIX_TASK_NOT_FOUND, resume("limited"));
    }

    /**
     * RateLimitTest shares one room's window round-robin between the two commands of the bucket.
     * What it leaves out: the 20 a second are the app's, whatever room a call names, and a call over
     * them starts no task in a room that had none.
     */
    @Test
    void theSharedLimitSpansRoomsAndARefusedSetStartsNoTask() {
        emulator.control().importState(parse(ROOMS));
        for (int i = 0; i < SET_MIX_STREAM.rateLimit().requests(); i++) {
            ok(setMixStream("mix1"));
        }

        fails(ErrorCodes.MIX_STREAM_RATE_LIMIT_EXCEEDED, resume("mix2"));
        fails(ErrorCodes.MIX_STREAM_RATE_LIMIT_EXCEEDED, setMixStream("mix3"));

        assertEquals(parse("""
                [{"RoomId": "mix2", "Status": "STOPPED"}, {"RoomId": "mix1", "Status": "RUNNING"}]"""), tasks());
    }
}

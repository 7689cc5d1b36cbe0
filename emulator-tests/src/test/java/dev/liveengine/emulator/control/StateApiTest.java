package dev.liveengine.emulator.control;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The State commands of the control API over HTTP: reset, export_state and import_state. */
class StateApiTest {

    private static final String RESET = "/emulator/v1/reset";
    private static final String EXPORT_STATE = "/emulator/v1/export_state";
    private static final String IMPORT_STATE = "/emulator/v1/import_state";
    private static final String GET_JOURNAL = "/emulator/v1/get_journal";

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /**
     * Every recorded request once, each in the state it needs (create_room's has no room of its ID
     * yet): the journal lists them all, and every store holds what the last one's state holds.
     */
    @BeforeEach
    void callEveryOperationOnce() {
        for (Operation operation : SpecExamples.operations()) {
            seed(operation);
            ok(http.call(operation, RecordedRequests.of(operation)));
        }
    }

    private static void seed(Operation operation) {
        emulator.control().importState(SpecExamples.recordedFixtures(operation.operationId()));
    }

    private static JsonNode exported() {
        return ok(http.call(EXPORT_STATE, json())).json().path("State");
    }

    @Test
    void resetForgetsStateFaultsJournalAndRateLimitCounters() {
        for (Operation operation : SpecExamples.operations()) {
            useUpTheRateLimit(operation);
        }
        Operation getGiftCount = SpecExamples.operation("getGiftCount");
        emulator.control().failNextCalls(getGiftCount.operationId(), 1, ErrorCodes.LIVE_ENGINE_INTERNAL_ERROR, null);

        ok(http.call(RESET, json()));

        JsonNode state = exported();
        state.path("Stores").forEach(store -> store.forEach(records ->
                assertTrue(records.isEmpty(), () -> "a store still holds something after reset: " + state)));
        JsonNode journal = ok(http.call(GET_JOURNAL, json())).json().path("Calls");
        assertTrue(journal.isEmpty(), () -> "the journal is kept after reset: " + journal);
        seed(getGiftCount); // an import does not touch faults: the injected one must be gone by the reset
        ok(http.call(getGiftCount, RecordedRequests.of(getGiftCount)));
        for (Operation operation : SpecExamples.operations()) {
            int code = http.call(operation, RecordedRequests.of(operation)).code();
            assertTrue(code != operation.rateLimit().errorCode(), () -> operation + " is still rate-limited after reset");
        }
    }

    /** Calls the operation until its rate limit refuses it (the test clock does not move meanwhile). */
    private static void useUpTheRateLimit(Operation operation) {
        Reply last = null;
        for (int i = 0; i <= operation.rateLimit().requests(); i++) {
            last = http.call(operation, RecordedRequests.of(operation));
        }
        assertEquals(operation.rateLimit().errorCode(), last.code(), "the limit of " + operation + " is used up");
    }

    @Test
    void afterResetNothingIsKnown() {
        ok(http.call(RESET, json()));
        for (String operationId : List.of("sendGift", "getGiftCount", "getRoomInfo", "getMemberList")) {
            Operation inARoom = SpecExamples.operation(operationId);
            fails(ErrorCodes.ROOM_NOT_FOUND, http.call(inARoom, RecordedRequests.of(inARoom)));
        }
        Operation resumeMcuTask = SpecExamples.operation("resumeMcuTask");
        fails(ErrorCodes.MIX_TASK_NOT_FOUND, http.call(resumeMcuTask, RecordedRequests.of(resumeMcuTask)));
        Operation portraitSet = SpecExamples.operation("portraitSet");
        fails(ErrorCodes.PROFILE_ACCOUNT_NOT_FOUND, http.call(portraitSet, RecordedRequests.of(portraitSet)));
    }

    @Test
    void anExportedStateImportsBackAsItWas() {
        JsonNode before = exported();
        assertEquals(emulator.control().exportState(), before, "HTTP and Java export the same snapshot");
        Operation getGiftCount = SpecExamples.operation("getGiftCount");
        JsonNode statistics = ok(http.call(getGiftCount, RecordedRequests.of(getGiftCount))).json().path("Response");

        ok(http.call(RESET, json()));
        ok(http.call(IMPORT_STATE, json("State", before)));

        assertEquals(before, exported());
        assertEquals(statistics, ok(http.call(getGiftCount, RecordedRequests.of(getGiftCount))).json().path("Response"));
    }

    @Test
    void aSnapshotHoldsNoSecret() {
        String userSig = http.userSig(http.admin(), Duration.ofDays(1));
        ok(http.post(SpecExamples.operation("getGiftCount"), http.query().with("usersig", userSig),
                RecordedRequests.of(SpecExamples.operation("getGiftCount"))));
        String snapshot = exported().toString();
        assertFalse(snapshot.contains(EmulatorSettings.DEVELOPMENT_SECRET_KEY), snapshot);
        assertFalse(snapshot.contains(userSig), snapshot);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"Version": 2, "Stores": {}}                                                              | Version
            {"Version": 1}                                                                            | Stores
            {"Version": 1, "Stores": {"noSuchStore": {}}}                                             | noSuchStore
            {"Version": 1, "Stores": {"gift": {"Gifts": [{"Coins": 1, "DefaultName": "x"}]}}}         | GiftId
            {"Version": 1, "Stores": {"gift": {"Gifts": [{"GiftId": "a", "Coins": 1, "DefaultName": "x", "Colour": "red"}]}}} | Colour
            {"Version": 1, "Stores": {"gift": {"Gifts": []}, "mixStream": {"Tasks": [{"RoomId": "m", "Status": "PAUSED"}]}}} | PAUSED
            {"Version": 1, "Stores": {"room": {"Rooms": [{"RoomId": "r", "CreateTime": 0, "Settings": {}}]}}}          | Owner
            {"Version": 1, "Stores": {"room": {"Roomz": []}}}                                         | Roomz
            {"Version": 1, "Stores": {"account": {"Accounts": [{"UserId": "u", "Profile": {"Tag_Profile_IM_Level": 1.5}}]}}} | Tag_Profile_IM_Level
            """)
    void aBadSnapshotIsRefusedAndChangesNothing(String snapshot, String named) throws Exception {
        JsonNode before = exported();
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(IMPORT_STATE, json("State", EmulatorHttp.JSON.readTree(snapshot))));
        assertTrue(reply.info().contains(named), () -> "the refusal should name " + named + ": " + reply.info());
        assertEquals(before, exported());
    }
}

package dev.liveengine.emulator.seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomSettings;
import dev.liveengine.emulator.seat.SeatStore.WhenTaken;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.api.ErrorCodes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seat domain on its own: layout, the refusals in their order, locks, moves, snapshots. */
class SeatStoreTest {

    private static final RoomSettings NINE = settings("VideoDynamicGrid9Seats", null);
    private static final RoomSettings TWO = settings("AudioSalon", 2);
    private static final RoomSettings NONE = settings("Karaoke", null);

    private final SeatStore seats = new SeatStore();

    private static RoomSettings settings(String template, Integer maxSeatCount) {
        return new RoomSettings("Live", template, null, maxSeatCount, null, null, null, null, null, null, null, null, null, null);
    }

    private static void refused(int errorCode, Executable call) {
        assertEquals(errorCode, assertThrows(ServiceException.class, call).errorCode());
    }

    /** Who sits where, seat by seat; null for a free seat. */
    private List<String> members(String roomId, RoomSettings settings) {
        return seats.list(roomId, settings).stream().map(Seat::member).toList();
    }

    @ParameterizedTest(name = "{0} with MaxSeatCount {1}: {2} seats")
    @CsvSource(nullValues = "-", textBlock = """
            VideoDynamicGrid9Seats,  -,          9
            VideoDynamicGrid9Seats,  4,          9
            VideoFixedFloat7Seats,   -,          7
            VideoLandscape4Seat,     -,          4
            AudioSalon,              8,          8
            Karaoke,                 -,          0
            -,                       -,          0
            AudioSalon,              2147483647, 100
            """)
    void theTemplateFixesTheCountElseMaxSeatCountElseNone(String template, Integer maxSeatCount, int expected) {
        assertEquals(expected, SeatStore.seatCount(settings(template, maxSeatCount)));
    }

    @Test
    void seatsAreFreeUntilAChangeAndOnlyAChangeIsRemembered() {
        ObjectMapper json = new ObjectMapper();
        assertEquals(List.of(Seat.free(0), Seat.free(1)), seats.list("r1", TWO));
        assertEquals(List.of(), seats.list("none", NONE));
        assertThrows(ServiceException.class, () -> seats.pick("r1", TWO, 2, "bob"));
        assertThrows(ServiceException.class, () -> seats.move("r1", TWO, 0, "bob", WhenTaken.SWAP));
        assertTrue(seats.export(json).path("Rooms").isEmpty(), "reads and refusals leave the snapshot as it was");

        seats.lock("r1", TWO, 0, null, true, null);
        assertEquals(1, seats.export(json).path("Rooms").size());
    }

    @Test
    void theLayoutKeepsItsCountOnceRemembered() {
        seats.pick("r1", TWO, 0, "bob");
        assertEquals(2, seats.list("r1", NINE).size());
    }

    @Test
    void aPickIsRefusedForEachDocumentedReasonInOrder() {
        refused(ErrorCodes.SEATS_NOT_SUPPORTED, () -> seats.pick("none", NONE, 0, "bob"));
        refused(ErrorCodes.INVALID_PARAMETER, () -> seats.pick("r1", NINE, 9, "bob"));

        seats.pick("r1", NINE, 0, "bob");
        refused(ErrorCodes.USER_ALREADY_ON_SEAT, () -> seats.pick("r1", NINE, 1, "bob"));
        refused(ErrorCodes.SEAT_OCCUPIED, () -> seats.pick("r1", NINE, 0, "carol"));
        seats.lock("r1", NINE, 1, true, null, null);
        refused(ErrorCodes.SEAT_LOCKED, () -> seats.pick("r1", NINE, 1, "carol"));

        assertEquals(Arrays.asList("bob", null, null, null, null, null, null, null, null), members("r1", NINE));
    }

    @Test
    void whenNoSeatIsFreeAndUnlockedEveryPickIs100205() {
        seats.pick("r1", TWO, 0, "bob");
        seats.lock("r1", TWO, 1, true, null, null);
        refused(ErrorCodes.ALL_SEATS_TAKEN, () -> seats.pick("r1", TWO, 0, "carol"));
        refused(ErrorCodes.ALL_SEATS_TAKEN, () -> seats.pick("r1", TWO, 1, "carol"));
        seats.lock("r1", TWO, 1, false, null, null);
        seats.pick("r1", TWO, 1, "carol");
        assertEquals(List.of("bob", "carol"), members("r1", TWO));
    }

    @Test
    void aKickFreesTheSeatAndLeavesAnyoneNotSeatedAsTheyAre() {
        seats.kick("never-used", "bob");
        seats.pick("r1", TWO, 1, "bob");
        seats.kick("r1", "bob");
        seats.kick("r1", "bob");
        assertEquals(Arrays.asList(null, null), members("r1", TWO));
    }

    @Test
    void aLockChangesOnlyTheFlagsItNamesAndTakesTheOccupantOff() {
        seats.pick("r1", TWO, 0, "bob");
        seats.lock("r1", TWO, 0, null, true, null);
        assertEquals(new Seat(0, "bob", false, true, false), seats.list("r1", TWO).get(0));

        seats.lock("r1", TWO, 0, true, null, true);
        assertEquals(new Seat(0, null, true, true, true), seats.list("r1", TWO).get(0));

        seats.lock("r1", TWO, 0, false, false, null);
        assertEquals(new Seat(0, null, false, false, true), seats.list("r1", TWO).get(0));

        refused(ErrorCodes.SEATS_NOT_SUPPORTED, () -> seats.lock("none", NONE, 0, true, null, null));
        refused(ErrorCodes.INVALID_PARAMETER, () -> seats.lock("r1", TWO, 2, true, null, null));
    }

    @Test
    void aMoveToAFreeSeatMovesWhateverThePolicy() {
        for (WhenTaken policy : WhenTaken.values()) {
            seats.clear();
            seats.pick("r1", TWO, 0, "bob");
            seats.move("r1", TWO, 1, "bob", policy);
            assertEquals(Arrays.asList(null, "bob"), members("r1", TWO), policy.name());
        }
    }

    @Test
    void aMoveToATakenSeatFailsReplacesOrSwapsByPolicy() {
        seats.pick("r1", TWO, 0, "bob");
        seats.pick("r1", TWO, 1, "carol");

        refused(ErrorCodes.SEAT_OCCUPIED, () -> seats.move("r1", TWO, 1, "bob", WhenTaken.FAIL));
        assertEquals(List.of("bob", "carol"), members("r1", TWO));

        seats.move("r1", TWO, 1, "bob", WhenTaken.SWAP);
        assertEquals(List.of("carol", "bob"), members("r1", TWO));

        seats.move("r1", TWO, 1, "carol", WhenTaken.REPLACE);
        assertEquals(Arrays.asList(null, "carol"), members("r1", TWO));
    }

    @Test
    void aMoveIsRefusedForAUserOffSeatALockedSeatOrANumberPastTheLast() {
        refused(ErrorCodes.USER_NOT_ON_SEAT, () -> seats.move("none", NONE, 0, "bob", WhenTaken.SWAP));
        refused(ErrorCodes.USER_NOT_ON_SEAT, () -> seats.move("r1", NINE, 0, "bob", WhenTaken.SWAP));
        seats.pick("r1", NINE, 0, "bob");
        refused(ErrorCodes.INVALID_PARAMETER, () -> seats.move("r1", NINE, 9, "bob", WhenTaken.SWAP));
        seats.lock("r1", NINE, 4, true, null, null);
        refused(ErrorCodes.SEAT_LOCKED, () -> seats.move("r1", NINE, 4, "bob", WhenTaken.REPLACE));

        seats.move("r1", NINE, 0, "bob", WhenTaken.FAIL);
        assertEquals("bob", seats.list("r1", NINE).get(0).member(), "moving to one's own seat changes nothing");
    }

    @Test
    void aMemberWhoLeavesLosesTheirSeatThroughTheState() {
        EmulatorState state = new EmulatorState();
        state.add(seats);
        seats.pick("r1", TWO, 1, "bob");
        seats.pick("r1", TWO, 0, "carol");

        state.atomically(() -> {
            state.forgetMember("r1", "bob");
            state.forgetMember("elsewhere", "carol");
            return null;
        });
        assertEquals(Arrays.asList("carol", null), members("r1", TWO));

        state.atomically(() -> {
            state.forgetRoom("r1");
            return null;
        });
        assertEquals(Arrays.asList(null, null, null, null, null, null, null, null, null), members("r1", NINE),
                "a room created again under the same ID starts from its own settings");
    }

    @Test
    void aSnapshotRestoresEverySeatAsItWas() {
        EmulatorState state = new EmulatorState();
        state.add(seats);
        seats.pick("r1", NINE, 3, "bob");
        seats.lock("r1", NINE, 5, true, false, true);
        seats.lock("r2", TWO, 0, null, true, null);
        JsonNode exported = state.export();

        state.clear();
        state.restore(exported);

        assertEquals(exported, state.export());
        assertEquals(new Seat(3, "bob", false, false, false), seats.list("r1", NINE).get(3));
        assertEquals(new Seat(5, null, true, false, true), seats.list("r1", NINE).get(5));
        refused(ErrorCodes.USER_ALREADY_ON_SEAT, () -> seats.pick("r1", NINE, 0, "bob"));
    }

    @Test
    void aRestoredListIsKeptAsItIsEvenShorterThanTheSettingsSay() throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(seats);
        state.restore(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {"seat": {"Rooms": [{"RoomId": "r1", "Seats": [
                  {"Index": 0, "Member": "user"}, {"Index": 1}]}]}}}"""));
        assertEquals(Arrays.asList("user", null), members("r1", NINE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a user on two seats   | [{"RoomId": "r1", "Seats": [{"Index": 0, "Member": "bob"}, {"Index": 1, "Member": "bob"}]}] | two seats
            seats out of order    | [{"RoomId": "r1", "Seats": [{"Index": 1}, {"Index": 0}]}]                                  | in order
            a locked seat taken   | [{"RoomId": "r1", "Seats": [{"Index": 0, "Member": "bob", "TakenDisabled": true}]}]       | locked
            a room listed twice   | [{"RoomId": "r1", "Seats": []}, {"RoomId": "r1", "Seats": []}]                             | twice
            a room without its ID | [{"Seats": []}]                                                                            | RoomId
            a seat without number | [{"RoomId": "r1", "Seats": [{"Member": "bob"}]}]                                           | Index
            an unknown field      | [{"RoomId": "r1", "Seats": [{"Index": 0, "Occupant": "bob"}]}]                             | Occupant
            """)
    void aSnapshotThatBreaksARuleChangesNothing(String what, String rooms, String named) throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(seats);
        seats.pick("r1", TWO, 0, "carol");
        JsonNode before = state.export();
        JsonNode snapshot = new ObjectMapper().readTree("{\"Version\": 1, \"Stores\": {\"seat\": {\"Rooms\": " + rooms + "}}}");

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> state.restore(snapshot));

        assertTrue(refusal.getMessage().contains(named), refusal::getMessage);
        assertEquals(before, state.export());
    }
}

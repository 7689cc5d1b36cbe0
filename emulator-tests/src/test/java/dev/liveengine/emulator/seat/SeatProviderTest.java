package dev.liveengine.emulator.seat;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.BanMemberRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetSeatListRequest;
import dev.liveengine.client.model.KickUserOffSeatRequest;
import dev.liveengine.client.model.LockSeatRequest;
import dev.liveengine.client.model.MoveUserToSeatRequest;
import dev.liveengine.client.model.MoveUserToSeatRequest.PolicyEnum;
import dev.liveengine.client.model.PickUserOnSeatRequest;
import dev.liveengine.client.model.SeatInfo;
import dev.liveengine.client.model.SwitchSeatRequest;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Seat operations through the real client: the seat map, picks, kicks, locks and moves, and who loses a seat. */
class SeatProviderTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).rateLimits(false))
            .build();

    private LiveEngineClient client;

    /**
     * bob, carol and dave are members of r1 (9 video seats) and of salon (2 voice seats); bob is in
     * karaoke, which has no seats; erin has an account but is in no room.
     */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}, {"UserId": "dave"},
                                           {"UserId": "erin"}]},
                  "room": {"Rooms": [
                    {"RoomId": "r1", "Owner": "alice", "CreateTime": 0, "Members": ["bob", "carol", "dave"],
                     "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "salon", "Owner": "alice", "CreateTime": 0, "Members": ["bob", "carol", "dave"],
                     "Settings": {"RoomType": "Live", "SeatTemplate": "AudioSalon", "MaxSeatCount": 2}},
                    {"RoomId": "karaoke", "Owner": "alice", "CreateTime": 0, "Members": ["bob"],
                     "Settings": {"RoomType": "Live", "SeatTemplate": "Karaoke"}}]}}}"""));
        client = emulator.client();
    }

    private static SeatInfo seat(int index, boolean takenDisabled, boolean videoDisabled, boolean audioDisabled) {
        return new SeatInfo().index(index).isTakenDisabled(takenDisabled).isVideoDisabled(videoDisabled).isAudioDisabled(audioDisabled);
    }

    private List<SeatInfo> seats(String roomId) {
        return client.getSeatList(new GetSeatListRequest().roomId(roomId)).getResponse().getSeatList();
    }

    /** Who sits on each seat of the room, in seat order; null for a free seat. */
    private List<String> seated(String roomId) {
        return seats(roomId).stream().map(SeatInfo::getMemberAccount).toList();
    }

    private static List<String> seated(String... members) {
        return Arrays.asList(members);
    }

    private void pick(String roomId, int index, String member) {
        client.pickUserOnSeat(new PickUserOnSeatRequest().roomId(roomId).index(index).memberAccount(member));
    }

    private int pickRefused(String roomId, int index, String member) {
        return refusedWith(() -> pick(roomId, index, member));
    }

    private void move(String roomId, int index, String member, PolicyEnum policy) {
        client.moveUserToSeat(new MoveUserToSeatRequest().roomId(roomId).seatIndex(index).memberAccount(member).policy(policy));
    }

    private void lock(String roomId, int index, Boolean taken, Boolean video, Boolean audio) {
        client.lockSeat(new LockSeatRequest().roomId(roomId).index(index).forbidTaken(taken).forbidVideo(video).forbidAudio(audio));
    }

    private void kick(String roomId, String member) {
        client.kickUserOffSeat(new KickUserOffSeatRequest().roomId(roomId).memberAccount(member).data("time over"));
    }

    // ---- get_seat_list ----------------------------------------------------------------------------

    @Test
    void theSeatCountComesFromTheTemplateElseMaxSeatCountElseThereAreNone() {
        assertEquals(9, seats("r1").size());
        assertEquals(seat(0, false, false, false), seats("r1").get(0));
        assertEquals(List.of(0, 1), seats("salon").stream().map(SeatInfo::getIndex).toList());
        assertEquals(List.of(), seats("karaoke"));

        // a video template fixes its own count, whatever MaxSeatCount says
        client.createRoom(Rooms.create(Rooms.info("grid").maxSeatCount(4)));
        assertEquals(9, seats("grid").size());
        client.createRoom(Rooms.create(Rooms.info("voice").seatTemplate("AudioSalon").maxSeatCount(6)));
        assertEquals(6, seats("voice").size());
    }

    @Test
    void everySeatCommandOnAMissingRoomIs100004() {
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> seats("nope")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, pickRefused("nope", 0, "bob"));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> kick("nope", "bob")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> lock("nope", 0, true, null, null)));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> move("nope", 0, "bob", PolicyEnum.NUMBER_2)));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.switchSeat(
                new SwitchSeatRequest().roomId("nope").toIndex(0).memberAccount("bob"))));
    }

    // ---- pick_user_on_seat ------------------------------------------------------------------------

    @Test
    void aMemberIsPickedOntoAFreeSeatAndTheListShowsIt() {
        pick("r1", 4, "bob");
        pick("r1", 0, "carol");
        assertEquals(seated("carol", null, null, null, "bob", null, null, null, null), seated("r1"));
        assertEquals(seated(null, null), seated("salon"), "a seat in one room is no seat in another");
    }

    @Test
    void aPickIsRefusedForEachDocumentedReasonAndChangesNothing() {
        pick("r1", 0, "bob");
        lock("r1", 1, true, null, null);

        assertEquals(ErrorCodes.USER_NOT_IN_ROOM, pickRefused("r1", 2, "erin"));
        assertEquals(ErrorCodes.USER_NOT_IN_ROOM, pickRefused("r1", 2, "nobody"), "an account never imported is no member either");
        assertEquals(ErrorCodes.SEATS_NOT_SUPPORTED, pickRefused("karaoke", 0, "bob"));
        assertEquals(ErrorCodes.INVALID_PARAMETER, pickRefused("r1", 9, "carol"));
        assertEquals(ErrorCodes.USER_ALREADY_ON_SEAT, pickRefused("r1", 2, "bob"));
        assertEquals(ErrorCodes.SEAT_OCCUPIED, pickRefused("r1", 0, "carol"));
        assertEquals(ErrorCodes.SEAT_LOCKED, pickRefused("r1", 1, "carol"));

        assertEquals(seated("bob", null, null, null, null, null, null, null, null), seated("r1"));
    }

    @Test
    void whenNoSeatIsFreeAndUnlockedAPickIs100205WhicheverSeatItNames() {
        pick("salon", 0, "bob");
        lock("salon", 1, true, null, null);
        assertEquals(ErrorCodes.ALL_SEATS_TAKEN, pickRefused("salon", 0, "carol"));
        assertEquals(ErrorCodes.ALL_SEATS_TAKEN, pickRefused("salon", 1, "carol"));

        lock("salon", 1, false, null, null);
        pick("salon", 1, "carol");
        assertEquals(seated("bob", "carol"), seated("salon"));
    }

    // ---- kick_user_off_seat -----------------------------------------------------------------------

    @Test
    void aKickFreesTheSeatAndAUserOnNoSeatIsLeftAsIs() {
        pick("r1", 3, "bob");
        pick("r1", 5, "carol");

        kick("r1", "bob");
        kick("r1", "bob");
        kick("r1", "dave");

        assertEquals(seated(null, null, null, null, null, "carol", null, null, null), seated("r1"));
        pick("r1", 3, "dave");
        assertEquals("dave", seated("r1").get(3), "the freed seat can be taken again");
    }

    // ---- lock_seat --------------------------------------------------------------------------------

    @Test
    void aLockChangesOnlyTheFlagsItSendsAndFalseLiftsABlock() {
        lock("r1", 2, null, true, null);
        assertEquals(seat(2, false, true, false), seats("r1").get(2));

        lock("r1", 2, true, null, true);
        assertEquals(seat(2, true, true, true), seats("r1").get(2));

        lock("r1", 2, false, false, null);
        assertEquals(seat(2, false, false, true), seats("r1").get(2));
    }

    @Test
    void lockingAnOccupiedSeatTakesItsUserOffWhileBlockingMediaDoesNot() {
        pick("r1", 0, "bob");
        pick("r1", 1, "carol");

        lock("r1", 0, null, true, true);
        lock("r1", 1, true, null, null);

        assertEquals(seated("bob", null, null, null, null, null, null, null, null), seated("r1"));
        pick("r1", 2, "carol");
        assertEquals("carol", seated("r1").get(2), "the user taken off may sit elsewhere");
    }

    @Test
    void aLockIsRefusedInARoomWithoutSeatsAndPastTheLastSeat() {
        assertEquals(ErrorCodes.SEATS_NOT_SUPPORTED, refusedWith(() -> lock("karaoke", 0, true, null, null)));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> lock("salon", 2, true, null, null)));
        assertEquals(List.of(false, false), seats("salon").stream().map(SeatInfo::getIsTakenDisabled).toList());
    }

    // ---- move_user_to_seat and switch_seat --------------------------------------------------------

    @Test
    void aMoveToAFreeSeatMovesTheUserWhateverThePolicy() {
        pick("r1", 0, "bob");
        move("r1", 1, "bob", PolicyEnum.NUMBER_0);
        move("r1", 2, "bob", PolicyEnum.NUMBER_1);
        move("r1", 3, "bob", PolicyEnum.NUMBER_2);
        assertEquals(seated(null, null, null, "bob", null, null, null, null, null), seated("r1"));
    }

    @Test
    void aMoveToATakenSeatFailsWithPolicy0ReplacesWith1AndSwapsWith2() {
        pick("salon", 0, "bob");
        pick("salon", 1, "carol");

        assertEquals(ErrorCodes.SEAT_OCCUPIED, refusedWith(() -> move("salon", 1, "bob", PolicyEnum.NUMBER_0)));
        assertEquals(seated("bob", "carol"), seated("salon"), "nobody moves");

        move("salon", 1, "bob", PolicyEnum.NUMBER_2);
        assertEquals(seated("carol", "bob"), seated("salon"));

        move("salon", 1, "carol", PolicyEnum.NUMBER_1);
        assertEquals(seated(null, "carol"), seated("salon"));
        pick("salon", 0, "bob");
        assertEquals(seated("bob", "carol"), seated("salon"), "the user replaced is on no seat and may be picked again");
    }

    @Test
    void aMoveIsRefusedForAUserOnNoSeatALockedSeatOrANumberPastTheLast() {
        assertEquals(ErrorCodes.USER_NOT_ON_SEAT, refusedWith(() -> move("r1", 0, "bob", PolicyEnum.NUMBER_1)));
        assertEquals(ErrorCodes.USER_NOT_ON_SEAT, refusedWith(() -> move("karaoke", 0, "bob", PolicyEnum.NUMBER_1)));

        pick("r1", 0, "bob");
        lock("r1", 1, true, null, null);
        assertEquals(ErrorCodes.SEAT_LOCKED, refusedWith(() -> move("r1", 1, "bob", PolicyEnum.NUMBER_1)));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> move("r1", 9, "bob", PolicyEnum.NUMBER_2)));
        assertEquals(seated("bob", null, null, null, null, null, null, null, null), seated("r1"));
    }

    @Test
    void switchSeatIsAMoveThatOnlyGoesToAFreeSeat() {
        pick("salon", 0, "bob");
        client.switchSeat(new SwitchSeatRequest().roomId("salon").toIndex(1).memberAccount("bob"));
        assertEquals(seated(null, "bob"), seated("salon"));

        pick("salon", 0, "carol");
        assertEquals(ErrorCodes.SEAT_OCCUPIED, refusedWith(() -> client.switchSeat(
                new SwitchSeatRequest().roomId("salon").toIndex(0).memberAccount("bob"))));
        assertEquals(ErrorCodes.USER_NOT_ON_SEAT, refusedWith(() -> client.switchSeat(
                new SwitchSeatRequest().roomId("salon").toIndex(0).memberAccount("dave"))));
        assertEquals(seated("carol", "bob"), seated("salon"));
    }

    // ---- who loses a seat -------------------------------------------------------------------------

    @Test
    void aMemberWhoLeavesLosesTheSeatAndCannotBePickedUntilBack() {
        pick("r1", 4, "bob");
        pick("salon", 0, "bob");

        emulator.control().leaveRoom("r1", "bob");

        assertEquals(seated(null, null, null, null, null, null, null, null, null), seated("r1"));
        assertEquals(seated("bob", null), seated("salon"), "only the room left is concerned");
        assertEquals(ErrorCodes.USER_NOT_IN_ROOM, pickRefused("r1", 4, "bob"));
        emulator.control().enterRoom("r1", "bob");
        pick("r1", 4, "bob");
        assertEquals("bob", seated("r1").get(4));
    }

    @Test
    void aBannedMemberLosesTheSeat() {
        pick("salon", 0, "bob");
        pick("salon", 1, "carol");

        client.banMember(new BanMemberRequest().roomId("salon").memberListAccount(List.of("carol")).duration(60L));

        assertEquals(seated("bob", null), seated("salon"));
        assertEquals(ErrorCodes.USER_NOT_IN_ROOM, pickRefused("salon", 1, "carol"));
    }

    @Test
    void aDestroyedRoomTakesItsSeatsWithIt() {
        client.createRoom(Rooms.create(Rooms.info("voice").seatTemplate("AudioSalon").maxSeatCount(3)));
        emulator.control().enterRoom("voice", "bob");
        pick("voice", 2, "bob");
        lock("voice", 0, true, true, true);

        client.destroyRoom(new DestroyRoomRequest().roomId("voice"));

        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> seats("voice")));
        assertEquals(0, emulator.control().exportState().at("/Stores/seat/Rooms").size(), "nothing is kept of its seats");
        // a room ID may be created again a second after its last creation
        clock.advance(Duration.ofSeconds(1));
        client.createRoom(Rooms.create(Rooms.info("voice").seatTemplate("AudioSalon").maxSeatCount(2)));
        assertEquals(List.of(seat(0, false, false, false), seat(1, false, false, false)), seats("voice"));
    }
}

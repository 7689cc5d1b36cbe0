package dev.liveengine.emulator.robot;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.AddRobotRequest;
import dev.liveengine.client.model.BanMemberRequest;
import dev.liveengine.client.model.DelRobotRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetMemberListRequest;
import dev.liveengine.client.model.GetRobotRequest;
import dev.liveengine.client.model.GetRoomInfoRequest;
import dev.liveengine.client.model.GetSeatListRequest;
import dev.liveengine.client.model.PickUserOnSeatRequest;
import dev.liveengine.client.model.RoomMember;
import dev.liveengine.client.model.SeatInfo;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Robot operations through the real client: robots as members of their room, the cap of 3, removal, and who stops being one. */
class RobotProviderTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private LiveEngineClient client;

    /** Rooms r1 and r2 of alice; bob, carol, dave and erin are imported accounts in no room. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}, {"UserId": "dave"},
                                           {"UserId": "erin"}]},
                  "room": {"Rooms": [
                    {"RoomId": "r1", "Owner": "alice", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "r2", "Owner": "alice", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]}}}"""));
        client = emulator.client();
    }

    private void add(String roomId, String... robots) {
        client.addRobot(new AddRobotRequest().roomId(roomId).robotListAccount(Arrays.asList(robots)));
    }

    private void remove(String roomId, String... robots) {
        client.delRobot(new DelRobotRequest().roomId(roomId).robotListAccount(Arrays.asList(robots)));
    }

    private List<String> robots(String roomId) {
        return client.getRobot(new GetRobotRequest().roomId(roomId)).getResponse().getRobotListAccount();
    }

    private List<String> members(String roomId) {
        return client.getMemberList(new GetMemberListRequest().roomId(roomId).next("")).getResponse().getMemberList().stream()
                .map(RoomMember::getMemberAccount).toList();
    }

    private long viewCount(String roomId) {
        return client.getRoomInfo(new GetRoomInfoRequest().roomId(roomId)).getResponse().getRoomInfo().getViewCount();
    }

    @Test
    void robotsJoinTheirRoomAsMembersAndViewers() {
        emulator.control().enterRoom("r1", "erin");

        add("r1", "bob", "carol");

        assertEquals(List.of("bob", "carol"), robots("r1"));
        assertEquals(List.of("erin", "bob", "carol"), members("r1"));
        assertEquals(3, viewCount("r1"));
        assertEquals(List.of(), robots("r2"), "a robot of one room is none of another");
        assertEquals(List.of(), members("r2"));
    }

    @Test
    void aRoomHoldsAtMostThreeRobotsAndARefusedAddAddsNone() {
        add("r1", "bob", "carol");

        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> add("r1", "dave", "erin")));
        // four in one call break the request schema (maxItems 3): the same code, from the validator
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> add("r2", "bob", "carol", "dave", "erin")));

        assertEquals(List.of("bob", "carol"), robots("r1"));
        assertEquals(List.of("bob", "carol"), members("r1"), "dave would have fitted, and did not join either");
        assertEquals(List.of(), robots("r2"));
        add("r1", "dave");
        assertEquals(List.of("bob", "carol", "dave"), robots("r1"));
    }

    @Test
    void addingARobotAgainChangesNothingAndTakesNoPlace() {
        add("r1", "bob", "carol", "dave");

        add("r1", "bob");
        add("r1", "dave", "carol");

        assertEquals(List.of("bob", "carol", "dave"), robots("r1"));
        assertEquals(3, viewCount("r1"), "a robot already in the room is not a new viewer");
    }

    @Test
    void aRobotMustBeAnImportedAccount() {
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> add("r1", "bob", "stranger")));
        assertEquals(List.of(), robots("r1"), "bob did not join without stranger");
        assertEquals(List.of(), members("r1"));
    }

    @Test
    void removingRobotsLeavesOtherMembersAloneAndMayBeRepeated() {
        emulator.control().enterRoom("r1", "erin");
        add("r1", "bob", "carol");

        remove("r1", "bob", "erin");
        remove("r1", "bob");

        assertEquals(List.of("carol"), robots("r1"));
        assertEquals(List.of("erin", "carol"), members("r1"), "erin is a member, not a robot, and stays");
    }

    @Test
    void aRemovedRobotLosesItsSeat() {
        add("r1", "bob", "carol");
        client.pickUserOnSeat(new PickUserOnSeatRequest().roomId("r1").index(0).memberAccount("bob"));
        client.pickUserOnSeat(new PickUserOnSeatRequest().roomId("r1").index(1).memberAccount("carol"));

        remove("r1", "bob");

        List<SeatInfo> seats = client.getSeatList(new GetSeatListRequest().roomId("r1")).getResponse().getSeatList();
        assertEquals(Arrays.asList(null, "carol"), seats.subList(0, 2).stream().map(SeatInfo::getMemberAccount).toList());
    }

    @Test
    void aBannedRobotIsARobotNoMore() {
        add("r1", "bob", "carol");

        client.banMember(new BanMemberRequest().roomId("r1").memberListAccount(List.of("bob")).duration(60L));

        assertEquals(List.of("carol"), robots("r1"));
        assertEquals(List.of("carol"), members("r1"));
    }

    @Test
    void everyRobotCommandOnARoomThatDoesNotExistIs100004() {
        add("r1", "bob");
        client.destroyRoom(new DestroyRoomRequest().roomId("r1"));

        for (String roomId : List.of("r1", "nope")) {
            assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> add(roomId, "carol")));
            assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> remove(roomId, "bob")));
            assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> robots(roomId)));
        }
    }
}

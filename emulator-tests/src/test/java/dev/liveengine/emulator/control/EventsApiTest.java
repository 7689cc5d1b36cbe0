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
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Events commands of the control API over HTTP: what end users do through the client SDKs. */
class EventsApiTest {

    private static final String ENTER_ROOM = "/emulator/v1/enter_room";
    private static final String LEAVE_ROOM = "/emulator/v1/leave_room";
    private static final String GO_ONLINE = "/emulator/v1/go_online";
    private static final String GO_OFFLINE = "/emulator/v1/go_offline";

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** Room r1; alice and bob are imported accounts, and eve is banned from r1 until the end of time. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "eve"}]},
                  "room": {"Rooms": [{"RoomId": "r1", "Owner": "alice", "CreateTime": 0, "Settings": {},
                                      "BannedUntil": {"eve": 9223372036854775807}}]}}}"""));
    }

    private static Reply event(String command, String roomId, String userId) {
        return http.call(command, json("RoomId", roomId, "UserId", userId));
    }

    private static Reply event(String command, String userId) {
        return http.call(command, json("UserId", userId));
    }

    private static JsonNode room() {
        return emulator.control().exportState().at("/Stores/room/Rooms/0");
    }

    private static List<String> members() {
        List<String> members = new ArrayList<>();
        room().path("Members").forEach(member -> members.add(member.asText()));
        return members;
    }

    private static boolean online(String userId) {
        for (JsonNode account : emulator.control().exportState().at("/Stores/account/Accounts")) {
            if (account.path("UserId").asText().equals(userId)) {
                return account.path("Online").asBoolean();
            }
        }
        throw new AssertionError(userId + " is not an account");
    }

    @Test
    void usersEnterAndLeaveARoomAndEveryEntryCounts() {
        ok(event(ENTER_ROOM, "r1", "alice"));
        ok(event(ENTER_ROOM, "r1", "bob"));
        ok(event(LEAVE_ROOM, "r1", "alice"));
        ok(event(ENTER_ROOM, "r1", "alice"));

        assertEquals(List.of("bob", "alice"), members());
        assertEquals(3, room().path("TotalViewers").asLong());
    }

    @Test
    void enteringIsRefusedToABannedUserAnUnknownRoomAndAnAccountThatWasNeverImported() {
        fails(ErrorCodes.MEMBER_BANNED, event(ENTER_ROOM, "r1", "eve"));
        fails(ErrorCodes.ROOM_NOT_FOUND, event(ENTER_ROOM, "nope", "alice"));
        Reply stranger = fails(ErrorCodes.USER_NOT_IMPORTED, event(ENTER_ROOM, "r1", "stranger"));
        assertTrue(stranger.info().contains("stranger"), stranger.info());

        assertEquals(List.of(), members());
        assertEquals(0, room().path("TotalViewers").asLong(), "a refused entry is not a viewer");
    }

    @Test
    void leavingIsRefusedToAUserNotInTheRoomAndForAnUnknownRoom() {
        fails(ErrorCodes.USER_NOT_IN_ROOM, event(LEAVE_ROOM, "r1", "bob"));
        fails(ErrorCodes.ROOM_NOT_FOUND, event(LEAVE_ROOM, "nope", "bob"));
    }

    @Test
    void usersGoOnlineAndOffline() {
        ok(event(GO_ONLINE, "alice"));
        assertTrue(online("alice"));
        ok(event(GO_OFFLINE, "alice"));
        assertFalse(online("alice"));
        assertFalse(online("bob"), "an account starts offline");
    }

    @Test
    void onlyAnImportedAccountGoesOnlineOrOffline() {
        fails(ErrorCodes.USER_NOT_IMPORTED, event(GO_ONLINE, "stranger"));
        fails(ErrorCodes.USER_NOT_IMPORTED, event(GO_OFFLINE, "stranger"));
        assertEquals(3, emulator.control().exportState().at("/Stores/account/Accounts").size(), "nobody was imported");
    }
}

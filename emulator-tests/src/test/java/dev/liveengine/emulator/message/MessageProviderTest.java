package dev.liveengine.emulator.message;

import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetRoomStatsRequest;
import dev.liveengine.client.model.SendCustomMsgRequest;
import dev.liveengine.client.model.SendTextMsgRequest;
import dev.liveengine.client.model.SentMessage;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Message operations through the real client: numbering per room, the sender of a custom
 * message, Chat's 40 delivered messages a second per room, and what the control API's
 * get_room_messages lists. The documented API limits stay on: the 41st message of a second is
 * still far below send_text_msg's 200 calls, so its drop is the room's, not the API's.
 */
class MessageProviderTest {

    private static final String GET_ROOM_MESSAGES = "/emulator/v1/get_room_messages";
    /** A second administrator, to tell "the calling administrator" from "the first one". */
    private static final String MODERATOR = "moderator";
    /** Chat's limit for one group, which the emulator applies per room. */
    private static final int DELIVERED_PER_SECOND = 40;
    private static final String DROPPED_BY_RATE = "MsgFreqCtrl";

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).admins(List.of(EmulatorSettings.DEFAULT_ADMIN, MODERATOR)))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private LiveEngineClient client;

    /** Rooms r1 and r2 of alice; bob is another account. Messages need neither member nor account checks. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}]},
                  "room": {"Rooms": [
                    {"RoomId": "r1", "Owner": "alice", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "r2", "Owner": "alice", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]}}}"""));
        client = emulator.client();
        // every test starts at the start of a second, so that all its messages share one until it moves the clock
        clock.advanceToMultipleOf(Duration.ofSeconds(1));
    }

    private static long now() {
        return clock.instant().getEpochSecond();
    }

    private SentMessage text(String roomId, String sender, String text) {
        return client.sendTextMsg(new SendTextMsgRequest().roomId(roomId).senderAccount(sender).textContent(text)).getResponse();
    }

    private static SentMessage sent(long seq, String dropReason) {
        return new SentMessage().msgSeq(seq).msgTime(now()).msgDropReason(dropReason);
    }

    /** What the control API lists for the room, over HTTP as a test in any language would read it. */
    private static JsonNode listed(String roomId) {
        return ok(http.call(GET_ROOM_MESSAGES, json("RoomId", roomId))).json().path("Messages");
    }

    /**
     * The tree a parser reads from the node's text: a reply holds a time that fits an int as an int,
     * where a tree built from a Java long holds a long, and the two would differ while printing the same.
     */
    private static JsonNode asParsed(JsonNode built) {
        try {
            return EmulatorHttp.JSON.readTree(built.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> listedSeqs(String roomId) {
        return emulator.control().roomMessages(roomId).stream().map(MessageStore.Message::seq).toList();
    }

    private long msgCount(String roomId) {
        return client.getRoomStats(new GetRoomStatsRequest().roomId(roomId)).getResponse().getTotalMsgCount();
    }

    @Test
    void eachRoomNumbersItsMessagesAndTheControlApiListsThemAsSent() {
        assertEquals(sent(1, ""), client.sendTextMsg(new SendTextMsgRequest().roomId("r1").senderAccount("alice")
                .textContent("Hello").extensionInfo("{\"badge\":\"gold\"}")).getResponse());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(sent(2, ""), client.sendCustomMsg(new SendCustomMsgRequest().roomId("r1").senderAccount("bob")
                .businessId("poll").data("{\"question\":\"Encore?\"}")).getResponse());
        assertEquals(sent(1, ""), text("r2", "alice", "the other room counts on its own"));

        long first = now() - 2;
        assertEquals(asParsed(EmulatorHttp.JSON.createArrayNode()
                .add(json("MsgSeq", 1, "MsgTime", first, "Sender_Account", "alice", "TextContent", "Hello",
                        "ExtensionInfo", "{\"badge\":\"gold\"}"))
                .add(json("MsgSeq", 2, "MsgTime", first + 2, "Sender_Account", "bob", "BusinessId", "poll",
                        "Data", "{\"question\":\"Encore?\"}"))), listed("r1"));
        assertEquals(List.of(1L), listedSeqs("r2"));
        assertEquals(EmulatorHttp.JSON.createArrayNode(), listed("silent"), "a room that never received a message lists none");
    }

    @Test
    void aCustomMessageWithoutASenderComesFromTheCallingAdministrator() {
        client.sendCustomMsg(new SendCustomMsgRequest().roomId("r1").businessId("notice").data("first"));
        try (LiveEngineClient moderator = emulator.clientFor(MODERATOR).build()) {
            moderator.sendCustomMsg(new SendCustomMsgRequest().roomId("r1").businessId("notice").data("second"));
        }

        assertEquals(List.of(EmulatorSettings.DEFAULT_ADMIN, MODERATOR),
                emulator.control().roomMessages("r1").stream().map(MessageStore.Message::sender).toList());
    }

    @Test
    void theFortyFirstMessageOfASecondIsAcceptedAndNumberedButDropped() {
        for (int seq = 1; seq <= DELIVERED_PER_SECOND; seq++) {
            assertEquals(sent(seq, ""), text("r1", "alice", "message " + seq));
        }

        assertEquals(sent(41, DROPPED_BY_RATE), text("r1", "alice", "one too many"));
        assertEquals(sent(42, DROPPED_BY_RATE), client.sendCustomMsg(new SendCustomMsgRequest().roomId("r1")
                .businessId("notice").data("custom messages share the room's limit")).getResponse());
        assertEquals(sent(1, ""), text("r2", "alice", "another room has its own 40"));

        // dropped messages are neither listed nor counted
        assertEquals(DELIVERED_PER_SECOND, listedSeqs("r1").size());
        assertEquals(DELIVERED_PER_SECOND, msgCount("r1"));

        clock.advance(Duration.ofMillis(999));
        assertEquals(sent(43, DROPPED_BY_RATE), text("r1", "alice", "the same second"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(sent(44, ""), text("r1", "alice", "a new second"));
        assertEquals(44L, listedSeqs("r1").get(DELIVERED_PER_SECOND));
        assertEquals(DELIVERED_PER_SECOND + 1, msgCount("r1"));
    }

    @Test
    void aMessageIntoARoomThatDoesNotExistIs100004() {
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> text("nope", "alice", "hello?")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.sendCustomMsg(
                new SendCustomMsgRequest().roomId("nope").businessId("notice").data("hello?"))));
        assertEquals(List.of(), emulator.control().roomMessages("nope"), "a refused message is not kept");
    }

    @Test
    void aDestroyedRoomTakesItsMessagesAndRefusesNewOnes() {
        text("r1", "alice", "before the end");
        text("r1", "bob", "bye");
        text("r2", "alice", "elsewhere");

        client.destroyRoom(new DestroyRoomRequest().roomId("r1"));

        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> text("r1", "alice", "too late")));
        assertEquals(List.of(), listedSeqs("r1"));
        assertEquals(List.of(1L), listedSeqs("r2"), "other rooms keep theirs");
        client.createRoom(Rooms.create("r1"));
        assertEquals(sent(1, ""), text("r1", "alice", "a new room of the same ID numbers from 1"));
        assertEquals(1, msgCount("r1"));
    }
}

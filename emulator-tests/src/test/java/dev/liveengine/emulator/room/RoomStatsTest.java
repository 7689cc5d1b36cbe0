package dev.liveengine.emulator.room;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static dev.liveengine.emulator.RoomFigures.assertSameFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetRoomStatsRequest;
import dev.liveengine.client.model.RoomStats;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.client.model.SendTextMsgRequest;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * get_room_stats through the real client: each figure counted from what happened in the room and
 * nowhere else, and the same five figures destroy_room reports when the room ends.
 */
class RoomStatsTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private LiveEngineClient client;

    /**
     * Rooms show and other of host; alice, bob and carol are viewers' accounts; a rose is worth 10
     * coins and a heart 5. No command gives likes (they come from the client SDKs), so show's 7
     * likes come with the snapshot.
     */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "host"}, {"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}]},
                  "room": {"Rooms": [
                    {"RoomId": "show", "Owner": "host", "CreateTime": 0, "Likes": 7,
                     "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "other", "Owner": "host", "CreateTime": 0,
                     "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]},
                  "gift": {"Gifts": [{"GiftId": "rose", "Coins": 10, "DefaultName": "Rose"},
                                     {"GiftId": "heart", "Coins": 5, "DefaultName": "Heart"}]}}}"""));
        client = emulator.client();
    }

    private RoomStats stats(String roomId) {
        return client.getRoomStats(new GetRoomStatsRequest().roomId(roomId)).getResponse();
    }

    private void gift(String roomId, String sender, String giftId, int count) {
        client.sendGift(new SendGiftRequest().roomId(roomId).giftId(giftId).count(count).fromAccount(sender)
                .receiverListAccount(List.of("host")));
    }

    private void message(String roomId, String sender) {
        client.sendTextMsg(new SendTextMsgRequest().roomId(roomId).senderAccount(sender).textContent("hi"));
    }

    private static RoomStats figures(long viewers, long gifts, long coins, long senders, long likes, long messages) {
        return new RoomStats().totalViewers(viewers).totalGiftsSent(gifts).totalGiftCoins(coins).totalUniqueGiftSenders(senders)
                .totalLikesReceived(likes).totalMsgCount(messages);
    }

    @Test
    void everyFigureCountsWhatHappenedInTheRoomAndDestroyRoomReportsTheSame() {
        // three entries: bob comes back, which counts again
        emulator.control().enterRoom("show", "alice");
        emulator.control().enterRoom("show", "bob");
        emulator.control().leaveRoom("show", "bob");
        emulator.control().enterRoom("show", "bob");
        emulator.control().enterRoom("other", "carol");
        // four gifts worth 30 coins from two senders
        gift("show", "alice", "rose", 2);
        gift("show", "bob", "heart", 1);
        gift("show", "alice", "heart", 1);
        gift("other", "carol", "rose", 3);
        message("show", "alice");
        message("show", "bob");
        message("show", "alice");
        message("other", "carol");

        RoomStats stats = stats("show");

        assertEquals(figures(3, 4, 30, 2, 7, 3), stats);
        assertEquals(figures(1, 3, 30, 1, 0, 1), stats("other"));
        assertEquals(stats, stats("show"), "reading changes nothing");
        assertSameFigures(stats, client.destroyRoom(new DestroyRoomRequest().roomId("show")).getResponse().getStatistic());
    }

    @Test
    void aNewRoomHasCountedNothing() {
        client.createRoom(Rooms.create("fresh"));
        assertEquals(figures(0, 0, 0, 0, 0, 0), stats("fresh"));
    }

    @Test
    void aRoomThatDoesNotExistHasNoStatistics() {
        client.destroyRoom(new DestroyRoomRequest().roomId("show"));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> stats("show")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> stats("nope")));
    }
}

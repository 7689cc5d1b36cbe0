package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** add_gift, send_gift and get_gift_count acting together on the emulator's state. */
class GiftProviderTest {

    private static final SpecExamples.Operation ADD_GIFT = SpecExamples.operation("addGift");
    private static final SpecExamples.Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final SpecExamples.Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");

    // several gifts per test: the documented 1 add_gift per second would refuse all but the first
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimit("add_gift", 1000))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private static ObjectNode giftBody(String giftId, long coins) {
        return json("GiftId", giftId, "Coins", coins, "DefaultName", "Rose");
    }

    private static Reply addGift(EmulatorHttp driver, String giftId, long coins) {
        return driver.call(ADD_GIFT, giftBody(giftId, coins));
    }

    private static Reply addGift(String giftId, long coins) {
        return addGift(http, giftId, coins);
    }

    private static Reply sendGift(String roomId, String giftId, String sender, Integer count) {
        ObjectNode body = json("RoomId", roomId, "GiftId", giftId, "From_Account", sender,
                "ReceiverList_Account", new String[] {"host"});
        if (count != null) {
            body.put("Count", count);
        }
        return http.call(SEND_GIFT, body);
    }

    /** The statistics object of the room's get_gift_count reply. */
    private static JsonNode statistics(String roomId) {
        return ok(http.call(GET_GIFT_COUNT, json("RoomId", roomId, "From_Account", "viewer"))).json().path("Response");
    }

    private static void assertStatistics(JsonNode statistics, long sequence, long count, long coins, long senders) {
        assertEquals(sequence, statistics.path("Sequence").asLong(-1), () -> "Sequence in " + statistics);
        assertEquals(count, statistics.path("TotalCount").asLong(-1), () -> "TotalCount in " + statistics);
        assertEquals(coins, statistics.path("TotalCoins").asLong(-1), () -> "TotalCoins in " + statistics);
        assertEquals(senders, statistics.path("GiftSenderCount").asLong(-1), () -> "GiftSenderCount in " + statistics);
    }

    /** The configured gifts, as the emulator's state snapshot lists them. */
    private static List<JsonNode> storedGifts() {
        List<JsonNode> gifts = new ArrayList<>();
        emulator.control().exportState().at("/Stores/gift/Gifts").forEach(gifts::add);
        return gifts;
    }

    private static List<String> storedGiftIds() {
        return storedGifts().stream().map(gift -> gift.path("GiftId").asText()).toList();
    }

    /**
     * The rooms the tests send gifts in, imported as a whole state: this also runs before the nested
     * class's tests, which do not reset this emulator, where create_room would meet rooms it made.
     */
    @BeforeEach
    void importTheRooms() throws Exception {
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {"room": {"Rooms": [
                  {"RoomId": "room1", "Owner": "host", "CreateTime": 0, "Settings": {}},
                  {"RoomId": "room2", "Owner": "host", "CreateTime": 0, "Settings": {}},
                  {"RoomId": "quiet-room", "Owner": "host", "CreateTime": 0, "Settings": {}}]}}}"""));
    }

    @Test
    void sentGiftsAddUpPerRoom() {
        ok(addGift("rose", 10));
        ok(addGift("car", 100));

        ok(sendGift("room1", "rose", "alice", 3));   // 3 gifts, 30 coins
        ok(sendGift("room1", "car", "bob", 1));      // 1 gift, 100 coins
        ok(sendGift("room1", "car", "alice", 2));    // 2 gifts, 200 coins
        ok(sendGift("room2", "rose", "carol", 5));   // another room

        assertStatistics(statistics("room1"), 3, 6, 330, 2);
        assertStatistics(statistics("room2"), 1, 5, 50, 1);
    }

    @Test
    void anOmittedCountCountsAsOne() {
        ok(addGift("rose", 10));
        ok(sendGift("room1", "rose", "alice", null));
        assertStatistics(statistics("room1"), 1, 1, 10, 1);
    }

    @Test
    void anUnknownGiftIs102002AndChangesNothing() {
        ok(addGift("rose", 10));
        ok(sendGift("room1", "rose", "alice", 2));

        Reply reply = fails(ErrorCodes.GIFT_NOT_FOUND, sendGift("room1", "tulip", "bob", 4));
        assertTrue(reply.info().contains("tulip"), reply.info());

        assertStatistics(statistics("room1"), 1, 2, 20, 1);
    }

    @Test
    void aRoomThatWasNeverCreatedIs100004ForSendingAndCounting() {
        ok(addGift("rose", 10));
        fails(ErrorCodes.ROOM_NOT_FOUND, sendGift("no-such-room", "rose", "alice", 1));
        fails(ErrorCodes.ROOM_NOT_FOUND, http.call(GET_GIFT_COUNT, json("RoomId", "no-such-room", "From_Account", "viewer")));
        assertTrue(emulator.control().exportState().at("/Stores/gift/Rooms").isEmpty(), "no statistics for a room that does not exist");
    }

    @Test
    void theSeventeenthDistinctGiftIs102006ButExistingOnesCanBeReplaced() {
        List<String> sixteen = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            ok(addGift("gift" + i, i));
            sixteen.add("gift" + i);
        }
        fails(ErrorCodes.TOO_MANY_GIFTS, addGift("gift17", 17));
        assertEquals(sixteen, storedGiftIds(), "gift17 must not be stored");

        // re-adding an ID that exists replaces its settings and does not count as a new gift
        ok(addGift("gift3", 1000));
        assertEquals(sixteen, storedGiftIds());
        ok(sendGift("room1", "gift3", "alice", 2));
        assertStatistics(statistics("room1"), 1, 2, 2000, 1);
    }

    @Test
    void coinTotalsNeverWrapRound() {
        // TotalCoins is documented as a non-negative int64; an overflowing sum stays at the largest value
        ok(addGift("diamond", Long.MAX_VALUE));
        ok(sendGift("room1", "diamond", "alice", 2));
        assertStatistics(statistics("room1"), 1, 2, Long.MAX_VALUE, 1);
        ok(addGift("rose", 10));
        ok(sendGift("room1", "rose", "bob", 1));
        assertStatistics(statistics("room1"), 2, 3, Long.MAX_VALUE, 2);

        ok(sendGift("room2", "diamond", "alice", 1));
        ok(sendGift("room2", "diamond", "bob", 1));
        assertStatistics(statistics("room2"), 2, 2, Long.MAX_VALUE, 2);
    }

    @Test
    void aRoomWithoutGiftsHasZeroStatistics() {
        ok(addGift("rose", 10));
        ok(sendGift("room1", "rose", "alice", 1));
        JsonNode statistics = statistics("quiet-room");
        assertTrue(statistics.isObject(), () -> "no Response object: " + statistics);
        assertStatistics(statistics, 0, 0, 0, 0);
    }

    @Test
    void storedGiftKeepsItsSettings() {
        ok(http.call(ADD_GIFT, giftBody("rose", 10).put("Level", 3).put("ExtensionInfo", "{\"k\":1}")));
        JsonNode stored = storedGifts().get(0);
        assertEquals("rose", stored.path("GiftId").asText());
        assertEquals(10L, stored.path("Coins").asLong());
        assertEquals(3, stored.path("Level").asInt());
        assertEquals("{\"k\":1}", stored.path("ExtensionInfo").asText());
    }

    @Nested
    class WithASmallerCap {

        @RegisterExtension
        static final LiveEngineEmulatorExtension small = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.rateLimits(false).maxGifts(2))
                .build();

        private static final EmulatorHttp smallHttp = new EmulatorHttp(small);

        @Test
        void theGiftCapFollowsTheSettings() {
            ok(addGift(smallHttp, "a", 1));
            ok(addGift(smallHttp, "b", 1));
            fails(ErrorCodes.TOO_MANY_GIFTS, addGift(smallHttp, "c", 1));
        }
    }
}

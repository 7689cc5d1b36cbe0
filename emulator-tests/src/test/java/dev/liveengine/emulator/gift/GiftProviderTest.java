package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.AddGiftCategoryRelationsRequest;
import dev.liveengine.client.model.AddGiftCategoryRequest;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.DelGiftCategoryRequest;
import dev.liveengine.client.model.DelGiftRequest;
import dev.liveengine.client.model.GetGiftCategoryRelationsRequest;
import dev.liveengine.client.model.GetGiftCategoryRequest;
import dev.liveengine.client.model.GetGiftLanguageRequest;
import dev.liveengine.client.model.GetGiftRequest;
import dev.liveengine.client.model.GiftInfo;
import dev.liveengine.client.model.GiftLanguageInfo;
import dev.liveengine.client.model.LanguageCode;
import dev.liveengine.client.model.SetGiftLanguageRequest;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Gift operations acting together on the emulator's state: gifts configured one by one or from
 * the preset, read and deleted, sent by imported accounts, and the rooms' statistics.
 */
class GiftProviderTest {

    private static final SpecExamples.Operation ADD_GIFT = SpecExamples.operation("addGift");
    private static final SpecExamples.Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final SpecExamples.Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");

    // the documented 1 configuration call a second is GiftConfigurationRateLimitTest's subject; here it would refuse all but the first
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
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
        return sendGift(roomId, giftId, sender, count, "host");
    }

    private static Reply sendGift(String roomId, String giftId, String sender, Integer count, String... receivers) {
        ObjectNode body = json("RoomId", roomId, "GiftId", giftId, "From_Account", sender, "ReceiverList_Account", receivers);
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

    /** The configured gifts' IDs, as the emulator's state snapshot lists them. */
    private static List<String> storedGiftIds() {
        return idsIn(emulator.control().exportState().at("/Stores/gift/Gifts"), "GiftId");
    }

    /**
     * The rooms the tests send gifts in and the accounts that send and receive them (send_gift needs
     * imported accounts), imported as a whole state: this also runs before the nested class's tests,
     * which do not reset this emulator, where create_room would meet rooms it made.
     */
    @BeforeEach
    void importTheRoomsAndAccounts() throws Exception {
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}, {"UserId": "host"}]},
                  "room": {"Rooms": [
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
    void aSenderOrReceiverNeverImportedIs70107AndChangesNothing() {
        ok(addGift("rose", 10));
        ok(sendGift("room1", "rose", "alice", 1));

        Reply fromStranger = fails(ErrorCodes.USER_NOT_IMPORTED, sendGift("room1", "rose", "stranger", 1, "host"));
        assertTrue(fromStranger.info().contains("stranger"), fromStranger.info());
        Reply toStranger = fails(ErrorCodes.USER_NOT_IMPORTED, sendGift("room1", "rose", "alice", 1, "host", "stranger"));
        assertTrue(toStranger.info().contains("stranger"), toStranger.info());

        assertStatistics(statistics("room1"), 1, 1, 10, 1);
    }

    // ---- get_gift and del_gift -------------------------------------------------------------------

    @Test
    void getGiftAnswersEverySettingAddGiftStoredAndAReAddReplacesThemAll(LiveEngineClient client) {
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose").defaultDesc("A red rose")
                .iconUrl("https://example.com/rose.png").resourceUrl("https://example.com/rose.svga").level(3)
                .extensionInfo("{\"k\":1}"));
        assertEquals(new GiftInfo().giftId("rose").coins(10L).defaultName("Rose").defaultDesc("A red rose")
                        .iconUrl("https://example.com/rose.png").resourceUrl("https://example.com/rose.svga").level(3)
                        .extensionInfo("{\"k\":1}"),
                giftInfo(client, "rose"));

        client.addGift(new AddGiftRequest().giftId("rose").coins(20L).defaultName("Red rose"));
        assertEquals(new GiftInfo().giftId("rose").coins(20L).defaultName("Red rose"), giftInfo(client, "rose"),
                "the settings the second add_gift leaves out are gone, not kept from the first");
    }

    @Test
    void deletingAGiftTakesItsRelationsAndTextsWithIt(LiveEngineClient client) {
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        client.addGift(new AddGiftRequest().giftId("car").coins(100L).defaultName("Car"));
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId("popular").defaultName("Popular"));
        client.addGiftCategoryRelations(new AddGiftCategoryRelationsRequest().categoryId("popular").giftIdList(List.of("rose", "car")));
        client.setGiftLanguage(new SetGiftLanguageRequest().giftId("rose").language(LanguageCode.ZH_HANS).name("玫瑰"));

        client.delGift(new DelGiftRequest().giftId("rose"));

        assertEquals(ErrorCodes.GIFT_NOT_FOUND, refusedWith(() -> client.getGift(new GetGiftRequest().giftId("rose"))));
        assertEquals(ErrorCodes.GIFT_NOT_FOUND, refusedWith(() -> client.getGiftLanguage(
                new GetGiftLanguageRequest().giftId("rose").language(LanguageCode.ZH_HANS))));
        assertEquals(List.of("car"), giftsOf(client, "popular"), "the other gift and the category stay");
        assertEquals("Car", giftInfo(client, "car").getDefaultName());

        // added again, the gift starts afresh: in no category, without its old translation
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        assertEquals(List.of("car"), giftsOf(client, "popular"));
        assertEquals(new GiftLanguageInfo().name("Rose"), client.getGiftLanguage(
                new GetGiftLanguageRequest().giftId("rose").language(LanguageCode.ZH_HANS)).getGiftInfo());
    }

    @Test
    void deletingAGiftThatDoesNotExistSucceeds(LiveEngineClient client) {
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        client.delGift(new DelGiftRequest().giftId("tulip"));
        assertEquals(List.of("rose"), storedGiftIds());
    }

    // ---- copy_default_gift_config ------------------------------------------------------------------

    @Test
    void thePresetBringsThreeCategoriesHoldingFifteenGifts(LiveEngineClient client) {
        client.copyDefaultGiftConfig(Map.of());

        // there is no command that lists gifts or categories: the snapshot names them, the commands answer for them
        JsonNode loaded = emulator.control().exportState().at("/Stores/gift");
        List<String> giftIds = idsIn(loaded.path("Gifts"), "GiftId");
        List<String> categoryIds = idsIn(loaded.path("Categories"), "CategoryId");
        assertEquals(15, giftIds.size(), () -> "gifts: " + giftIds);
        assertEquals(3, categoryIds.size(), () -> "categories: " + categoryIds);
        List<String> placed = new ArrayList<>();
        for (String categoryId : categoryIds) {
            assertEquals(categoryId, client.getGiftCategory(new GetGiftCategoryRequest().categoryId(categoryId))
                    .getGiftCategoryInfo().getCategoryId());
            placed.addAll(giftsOf(client, categoryId));
        }
        assertEquals(giftIds.stream().sorted().toList(), placed.stream().sorted().toList(), "every gift in one category");
        giftIds.forEach(giftId -> assertEquals(giftId, giftInfo(client, giftId).getGiftId()));
    }

    @Test
    void thePresetIsLoadedOnceAndNeverOverAConfiguration(LiveEngineClient client) {
        client.copyDefaultGiftConfig(Map.of());
        JsonNode loaded = emulator.control().exportState();
        assertEquals(ErrorCodes.GIFT_CONFIG_ALREADY_EXISTS, refusedWith(() -> client.copyDefaultGiftConfig(Map.of())));
        assertEquals(loaded, emulator.control().exportState(), "a refused copy changes nothing");

        emulator.control().reset();
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId("mine").defaultName("Mine"));
        assertEquals(ErrorCodes.GIFT_CONFIG_ALREADY_EXISTS, refusedWith(() -> client.copyDefaultGiftConfig(Map.of())),
                "a category alone is a configuration");
        client.delGiftCategory(new DelGiftCategoryRequest().categoryId("mine"));
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        assertEquals(ErrorCodes.GIFT_CONFIG_ALREADY_EXISTS, refusedWith(() -> client.copyDefaultGiftConfig(Map.of())),
                "a gift alone is a configuration");

        // deleted, as 102010 asks, the configuration makes way for the preset
        client.delGift(new DelGiftRequest().giftId("rose"));
        client.copyDefaultGiftConfig(Map.of());
    }

    private static GiftInfo giftInfo(LiveEngineClient client, String giftId) {
        return client.getGift(new GetGiftRequest().giftId(giftId)).getGiftInfo();
    }

    private static List<String> giftsOf(LiveEngineClient client, String categoryId) {
        return client.getGiftCategoryRelations(new GetGiftCategoryRelationsRequest().categoryId(categoryId)).getRelation().getGiftIdList();
    }

    private static List<String> idsIn(JsonNode entries, String idField) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path(idField).asText()));
        return ids;
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

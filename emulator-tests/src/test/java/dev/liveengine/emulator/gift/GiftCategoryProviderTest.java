package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.AddGiftCategoryRelationsRequest;
import dev.liveengine.client.model.AddGiftCategoryRequest;
import dev.liveengine.client.model.DelGiftCategoryRelationsRequest;
import dev.liveengine.client.model.DelGiftCategoryRequest;
import dev.liveengine.client.model.GetGiftCategoryLanguageRequest;
import dev.liveengine.client.model.GetGiftCategoryRelationsRequest;
import dev.liveengine.client.model.GetGiftCategoryRequest;
import dev.liveengine.client.model.GetGiftRequest;
import dev.liveengine.client.model.GiftCategory;
import dev.liveengine.client.model.GiftCategoryLanguageInfo;
import dev.liveengine.client.model.LanguageCode;
import dev.liveengine.client.model.SetGiftCategoryLanguageRequest;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GiftCategory operations through the real client: at most three categories, and the relations
 * that place configured gifts in them (ERRATA GC12 to GC21).
 */
class GiftCategoryProviderTest {

    // the documented 1 call a second is GiftConfigurationRateLimitTest's subject; here it would refuse all but the first
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private LiveEngineClient client;

    /** Gifts rose, heart and car, in no category. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {"gift": {"Gifts": [
                  {"GiftId": "rose", "Coins": 1, "DefaultName": "Rose"},
                  {"GiftId": "heart", "Coins": 5, "DefaultName": "Heart"},
                  {"GiftId": "car", "Coins": 500, "DefaultName": "Car"}]}}}"""));
        client = emulator.client();
    }

    private void addCategory(String categoryId) {
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId(categoryId).defaultName("Category " + categoryId));
    }

    private GiftCategory category(String categoryId) {
        return client.getGiftCategory(new GetGiftCategoryRequest().categoryId(categoryId)).getGiftCategoryInfo();
    }

    private void place(String categoryId, String... giftIds) {
        client.addGiftCategoryRelations(new AddGiftCategoryRelationsRequest().categoryId(categoryId).giftIdList(List.of(giftIds)));
    }

    private void takeOut(String categoryId, String... giftIds) {
        client.delGiftCategoryRelations(new DelGiftCategoryRelationsRequest().categoryId(categoryId).giftIdList(List.of(giftIds)));
    }

    private List<String> giftsOf(String categoryId) {
        return client.getGiftCategoryRelations(new GetGiftCategoryRelationsRequest().categoryId(categoryId)).getRelation().getGiftIdList();
    }

    @Test
    void atMostThreeCategoriesAndAnExistingIdReplacesTheSettingsButNotTheGifts() {
        addCategory("a");
        addCategory("b");
        addCategory("c");
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> addCategory("d")));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> category("d")), "the fourth was not stored");

        // at the cap, an ID that exists is not a new category
        place("b", "rose");
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId("b").defaultName("Bee").defaultDesc("Second").extensionInfo("{}"));
        assertEquals(new GiftCategory().categoryId("b").defaultName("Bee").defaultDesc("Second").extensionInfo("{}"), category("b"));
        assertEquals(List.of("rose"), giftsOf("b"), "the gifts are not settings of the category");

        client.delGiftCategory(new DelGiftCategoryRequest().categoryId("a"));
        addCategory("d");
    }

    @Test
    void placedGiftsAreAppendedNeverReplaced() {
        addCategory("popular");
        place("popular", "rose", "heart");
        place("popular", "heart", "car");
        assertEquals(List.of("rose", "heart", "car"), giftsOf("popular"), "each gift once, in the order first placed");
    }

    @Test
    void anUnconfiguredGiftPlacesNoneAndTheFailReplyListsIt() {
        addCategory("popular");
        place("popular", "rose");

        // the typed client throws on FAIL without the reply's fields, so this one is read raw
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(SpecExamples.operation("addGiftCategoryRelations"),
                json("CategoryId", "popular", "GiftIdList", new String[] {"heart", "tulip", "car", "lily", "tulip"})));
        List<String> invalid = new ArrayList<>();
        reply.json().path("InvalidGiftIdList").forEach(giftId -> invalid.add(giftId.asText()));
        assertEquals(List.of("tulip", "lily"), invalid, reply::text);

        assertEquals(List.of("rose"), giftsOf("popular"), "neither heart nor car was placed");
    }

    @Test
    void anUnknownCategoryIs100002() {
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> category("ghost")));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> giftsOf("ghost")));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> place("ghost", "rose")));
    }

    @Test
    void takingGiftsOutLeavesThemConfigured() {
        addCategory("popular");
        place("popular", "rose", "heart", "car");
        takeOut("popular", "heart");
        assertEquals(List.of("rose", "car"), giftsOf("popular"));
        assertEquals("Heart", client.getGift(new GetGiftRequest().giftId("heart")).getGiftInfo().getDefaultName());
    }

    @Test
    void deletingWhatDoesNotExistSucceeds() {
        addCategory("popular");
        place("popular", "rose");

        client.delGiftCategory(new DelGiftCategoryRequest().categoryId("ghost"));
        takeOut("ghost", "rose");
        takeOut("popular", "heart", "tulip"); // a gift it does not hold, a gift not configured

        assertEquals(List.of("rose"), giftsOf("popular"));
    }

    @Test
    void deletingACategoryTakesItsRelationsAndTextsWithIt() {
        addCategory("popular");
        place("popular", "rose", "heart");
        client.setGiftCategoryLanguage(new SetGiftCategoryLanguageRequest().categoryId("popular").language(LanguageCode.ZH_HANS)
                .categoryName("热门"));

        client.delGiftCategory(new DelGiftCategoryRequest().categoryId("popular"));

        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> category("popular")));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> giftsOf("popular")));
        assertEquals("Rose", client.getGift(new GetGiftRequest().giftId("rose")).getGiftInfo().getDefaultName(), "the gifts stay");

        // a category added again under that ID starts afresh: no gifts, no translation
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId("popular").defaultName("Popular again"));
        assertEquals(List.of(), giftsOf("popular"));
        assertEquals(new GiftCategoryLanguageInfo().categoryName("Popular again"), client.getGiftCategoryLanguage(
                new GetGiftCategoryLanguageRequest().categoryId("popular").language(LanguageCode.ZH_HANS)).getCategoryInfo());
    }
}

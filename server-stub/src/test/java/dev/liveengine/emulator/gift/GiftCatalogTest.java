package dev.liveengine.emulator.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gift catalogue below the HTTP layer: what a snapshot keeps of it, and the preset as the
 * resource file defines it. Its behaviour per command is tested over HTTP in emulator-tests.
 */
class GiftCatalogTest {

    private static GiftStore storeIn(EmulatorState state) {
        return state.add(new GiftStore(GiftStore.DEFAULT_MAX_GIFTS));
    }

    @Test
    void aSnapshotKeepsGiftsCategoriesRelationsAndTexts() {
        EmulatorState original = new EmulatorState();
        GiftCatalog catalog = storeIn(original).catalog;
        catalog.putGift(new Gift("rose", 10L, "Rose", "A red rose", "https://example.com/rose.png",
                "https://example.com/rose.svga", 2, "{\"k\":1}"));
        catalog.putGift(new Gift("car", 1000L, "Car", null, null, null, null, null));
        catalog.putCategory(new GiftCategory("popular", "Popular", "Most sent", "{}"));
        catalog.putCategory(new GiftCategory("empty", "Empty", null, null));
        catalog.addRelations("popular", List.of("car", "rose"));
        catalog.setGiftText("rose", "zh-Hans", new LocalizedText("玫瑰", null)); // a name without a description
        catalog.setCategoryText("popular", "en", new LocalizedText("Popular", "What viewers like"));

        JsonNode exported = original.export();
        EmulatorState restored = new EmulatorState();
        GiftCatalog copy = storeIn(restored).catalog;
        restored.restore(exported);

        assertEquals(exported, restored.export());
        assertEquals(List.of("car", "rose"), copy.giftsOf("popular"), "a category's gifts keep the order they were added in");
        assertEquals(List.of(), copy.giftsOf("empty"));
        assertEquals(catalog.gift("rose"), copy.gift("rose"), "every setting of a gift");
        assertEquals(Optional.of(new LocalizedText("玫瑰", null)), copy.giftText("rose", "zh-Hans"), "an unset field stays unset");
        assertEquals(Optional.of(new LocalizedText("Popular", "What viewers like")), copy.categoryText("popular", "en"));

        // the restored texts are the stored ones, not a flattened copy: a later set still changes only what it names
        copy.setGiftText("rose", "zh-Hans", new LocalizedText(null, "红玫瑰"));
        assertEquals(Optional.of(new LocalizedText("玫瑰", "红玫瑰")), copy.giftText("rose", "zh-Hans"));
    }

    @Test
    void thePresetPlacesEachOfItsFifteenGiftsInOneOfItsThreeCategories() {
        GiftCatalog catalog = new GiftCatalog(GiftStore.DEFAULT_MAX_GIFTS);
        catalog.load(DefaultGiftConfig.load());

        assertEquals(3, catalog.categories.size());
        assertEquals(15, catalog.gifts.size());
        List<String> placed = new ArrayList<>();
        catalog.categories.keySet().forEach(categoryId -> placed.addAll(catalog.giftsOf(categoryId)));
        assertEquals(catalog.gifts.keySet().stream().sorted().toList(), placed.stream().sorted().toList(),
                "every gift once, in exactly one category");
        assertTrue(catalog.categories.values().stream().allMatch(category -> !catalog.giftsOf(category.categoryId()).isEmpty()),
                "no empty category");
    }

    /** Over HTTP this cannot be shown: 102006 is not among copy_default_gift_config's documented codes. */
    @Test
    void aCapBelowThePresetsSizeRefusesItWhole() {
        GiftCatalog catalog = new GiftCatalog(2);
        ServiceException refusal = assertThrows(ServiceException.class, () -> catalog.load(DefaultGiftConfig.load()));
        assertEquals(ErrorCodes.TOO_MANY_GIFTS, refusal.errorCode());
        assertTrue(catalog.isEmpty(), () -> "nothing of the preset may stay: " + catalog.gifts.keySet());
    }
}

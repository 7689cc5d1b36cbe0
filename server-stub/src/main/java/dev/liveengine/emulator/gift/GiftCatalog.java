package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's gift configuration: gifts, categories, which gifts each category holds (relations), and
 * names and descriptions by language. A category does not hold its gifts itself: relations are kept
 * apart, as the service keeps them. Deleting a gift or a category takes its relations and language
 * texts with it; deleting what does not exist succeeds, as the newest docs say.
 */
final class GiftCatalog {

    /** The documented number of categories an app can have. */
    static final int MAX_CATEGORIES = 3;

    private final int maxGifts;
    final Map<String, Gift> gifts = new LinkedHashMap<>();
    final Map<String, GiftCategory> categories = new LinkedHashMap<>();
    /** Category ID to the IDs of its gifts, in the order they were added. */
    final Map<String, Set<String>> relations = new LinkedHashMap<>();
    final Map<String, Map<String, LocalizedText>> giftTexts = new LinkedHashMap<>();
    final Map<String, Map<String, LocalizedText>> categoryTexts = new LinkedHashMap<>();

    GiftCatalog(int maxGifts) {
        this.maxGifts = maxGifts;
    }

    boolean isEmpty() {
        return gifts.isEmpty() && categories.isEmpty();
    }

    // ---- gifts -----------------------------------------------------------------------------------

    /** Adds a gift, or replaces the settings of one with the same ID. */
    void putGift(Gift gift) {
        if (!gifts.containsKey(gift.giftId()) && gifts.size() >= maxGifts) {
            throw new ServiceException(ErrorCodes.TOO_MANY_GIFTS, "at most " + maxGifts + " gifts can be configured");
        }
        gifts.put(gift.giftId(), gift);
    }

    Optional<Gift> gift(String giftId) {
        return Optional.ofNullable(gifts.get(giftId));
    }

    Gift requireGift(String giftId) {
        return gift(giftId).orElseThrow(() -> new ServiceException(ErrorCodes.GIFT_NOT_FOUND, "gift " + giftId + " does not exist"));
    }

    void deleteGift(String giftId) {
        gifts.remove(giftId);
        giftTexts.remove(giftId);
        relations.values().forEach(giftIds -> giftIds.remove(giftId));
    }

    // ---- categories ------------------------------------------------------------------------------

    /** Adds a category, or replaces the settings of one with the same ID; at most {@value #MAX_CATEGORIES}. */
    void putCategory(GiftCategory category, int tooManyCode) {
        if (!categories.containsKey(category.categoryId()) && categories.size() >= MAX_CATEGORIES) {
            throw new ServiceException(tooManyCode, "at most " + MAX_CATEGORIES + " gift categories can be configured");
        }
        categories.put(category.categoryId(), category);
    }

    Optional<GiftCategory> category(String categoryId) {
        return Optional.ofNullable(categories.get(categoryId));
    }

    void deleteCategory(String categoryId) {
        categories.remove(categoryId);
        relations.remove(categoryId);
        categoryTexts.remove(categoryId);
    }

    // ---- relations -------------------------------------------------------------------------------

    /** Appends gifts to a category (never replaces); the category and every gift must exist. */
    void addRelations(String categoryId, Collection<String> giftIds, int missingCategoryCode) {
        if (!categories.containsKey(categoryId)) {
            throw new ServiceException(missingCategoryCode, "gift category " + categoryId + " does not exist");
        }
        giftIds.forEach(this::requireGift);
        relations.computeIfAbsent(categoryId, id -> new LinkedHashSet<>()).addAll(giftIds);
    }

    void deleteRelations(String categoryId, Collection<String> giftIds) {
        Set<String> related = relations.get(categoryId);
        if (related != null) {
            related.removeAll(giftIds);
        }
    }

    /** The gifts of a category, in the order they were added; none for an unknown category. */
    List<String> giftsOf(String categoryId) {
        return new ArrayList<>(relations.getOrDefault(categoryId, Set.of()));
    }

    // ---- language texts ----------------------------------------------------------------------------

    /** Sets a gift's text in one language, changing only the fields given; the gift must exist. */
    void setGiftText(String giftId, String language, LocalizedText changes) {
        requireGift(giftId);
        setText(giftTexts, giftId, language, changes);
    }

    void setCategoryText(String categoryId, String language, LocalizedText changes, int missingCategoryCode) {
        if (!categories.containsKey(categoryId)) {
            throw new ServiceException(missingCategoryCode, "gift category " + categoryId + " does not exist");
        }
        setText(categoryTexts, categoryId, language, changes);
    }

    /** The texts of a gift or category, by language; empty when none was set. */
    static Map<String, LocalizedText> textsOf(Map<String, Map<String, LocalizedText>> texts, String id) {
        return texts.getOrDefault(id, Map.of());
    }

    static void deleteText(Map<String, Map<String, LocalizedText>> texts, String id, String language) {
        Map<String, LocalizedText> byLanguage = texts.get(id);
        if (byLanguage != null) {
            byLanguage.remove(language);
        }
    }

    private static void setText(Map<String, Map<String, LocalizedText>> texts, String id, String language, LocalizedText changes) {
        texts.computeIfAbsent(id, key -> new LinkedHashMap<>()).merge(language, changes, LocalizedText::updatedWith);
    }

    void clear() {
        gifts.clear();
        categories.clear();
        relations.clear();
        giftTexts.clear();
        categoryTexts.clear();
    }
}

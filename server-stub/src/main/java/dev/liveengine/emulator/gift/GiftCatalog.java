package dev.liveengine.emulator.gift;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotOutput;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Installs a whole configuration, such as the default preset, into an empty catalogue. Checked
     * first, since nothing undoes a half-done operation: a cap set below the preset's size (a
     * setting of the emulator, not of the service) refuses it whole.
     */
    void load(DefaultGiftConfig config) {
        if (config.gifts().size() > maxGifts) {
            throw new ServiceException(ErrorCodes.TOO_MANY_GIFTS,
                    "the preset's " + config.gifts().size() + " gifts exceed this emulator's cap of " + maxGifts);
        }
        config.gifts().forEach(this::putGift);
        config.categories().forEach(this::putCategory);
        config.relations().forEach(relation -> addRelations(relation.categoryId(), relation.giftIds()));
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
    void putCategory(GiftCategory category) {
        if (!categories.containsKey(category.categoryId()) && categories.size() >= MAX_CATEGORIES) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "at most " + MAX_CATEGORIES + " gift categories can be configured");
        }
        categories.put(category.categoryId(), category);
    }

    Optional<GiftCategory> category(String categoryId) {
        return Optional.ofNullable(categories.get(categoryId));
    }

    /** The category; an unknown one is an invalid parameter (no page gives a code of its own, ERRATA GL5). */
    GiftCategory requireCategory(String categoryId) {
        return category(categoryId).orElseThrow(() ->
                new ServiceException(ErrorCodes.INVALID_PARAMETER, "gift category " + categoryId + " does not exist"));
    }

    void deleteCategory(String categoryId) {
        categories.remove(categoryId);
        relations.remove(categoryId);
        categoryTexts.remove(categoryId);
    }

    // ---- relations -------------------------------------------------------------------------------

    /** Appends gifts to a category (never replaces); the category and every gift must exist. */
    void addRelations(String categoryId, Collection<String> giftIds) {
        requireCategory(categoryId);
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

    void setCategoryText(String categoryId, String language, LocalizedText changes) {
        requireCategory(categoryId);
        setText(categoryTexts, categoryId, language, changes);
    }

    Optional<LocalizedText> giftText(String giftId, String language) {
        return Optional.ofNullable(giftTexts.getOrDefault(giftId, Map.of()).get(language));
    }

    Optional<LocalizedText> categoryText(String categoryId, String language) {
        return Optional.ofNullable(categoryTexts.getOrDefault(categoryId, Map.of()).get(language));
    }

    /** Deletes a gift's text in one language; nothing to delete is not an error (newest docs). */
    void deleteGiftText(String giftId, String language) {
        deleteText(giftTexts, giftId, language);
    }

    void deleteCategoryText(String categoryId, String language) {
        deleteText(categoryTexts, categoryId, language);
    }

    private static void deleteText(Map<String, Map<String, LocalizedText>> texts, String id, String language) {
        Map<String, LocalizedText> byLanguage = texts.get(id);
        if (byLanguage != null) {
            byLanguage.remove(language);
        }
    }

    private static void setText(Map<String, Map<String, LocalizedText>> texts, String id, String language, LocalizedText changes) {
        texts.computeIfAbsent(id, key -> new LinkedHashMap<>()).merge(language, changes, LocalizedText::updatedWith);
    }

    /** The gifts of one category, as a snapshot holds them. */
    record Relation(String categoryId, List<String> giftIds) {

        // checked as the snapshot is read, so that a bad one is refused before anything is installed
        Relation {
            SnapshotSection.required(categoryId, "CategoryId");
            giftIds = giftIds == null ? List.of() : List.copyOf(giftIds);
        }
    }

    /** One text of a gift or category ({@code id}) in one language, as a snapshot holds it. */
    record Text(String id, String language, String name, String desc) {

        Text {
            SnapshotSection.required(id, "Id");
            SnapshotSection.required(language, "Language");
        }
    }

    /** Writes the catalogue's fields of the gift store's snapshot section. */
    void writeExport(JsonGenerator out, ObjectMapper json) throws IOException {
        SnapshotOutput.writeList(out, "Gifts", gifts.values(), json);
        SnapshotOutput.writeList(out, "Categories", categories.values(), json);
        SnapshotOutput.writeList(out, "Relations", relations.entrySet().stream()
                .map(entry -> new Relation(entry.getKey(), List.copyOf(entry.getValue()))).toList(), json);
        SnapshotOutput.writeList(out, "GiftTexts", texts(giftTexts), json);
        SnapshotOutput.writeList(out, "CategoryTexts", texts(categoryTexts), json);
    }

    private static final SnapshotSection.Field<List<Gift>> GIFTS = SnapshotSection.list("Gifts", Gift.class);
    private static final SnapshotSection.Field<List<GiftCategory>> CATEGORIES = SnapshotSection.list("Categories", GiftCategory.class);
    private static final SnapshotSection.Field<List<Relation>> RELATIONS = SnapshotSection.list("Relations", Relation.class);
    private static final SnapshotSection.Field<List<Text>> GIFT_TEXTS = SnapshotSection.list("GiftTexts", Text.class);
    private static final SnapshotSection.Field<List<Text>> CATEGORY_TEXTS = SnapshotSection.list("CategoryTexts", Text.class);
    /** The catalogue's fields of the gift store's snapshot section. */
    static final List<SnapshotSection.Field<?>> FIELDS = List.of(GIFTS, CATEGORIES, RELATIONS, GIFT_TEXTS, CATEGORY_TEXTS);

    /** Takes the catalogue from a snapshot section read with {@link #FIELDS}, changing nothing; returns what installs it. */
    Runnable prepareRestore(SnapshotSection.Values section) {
        List<Gift> restoredGifts = section.get(GIFTS);
        List<GiftCategory> restoredCategories = section.get(CATEGORIES);
        List<Relation> restoredRelations = section.get(RELATIONS);
        List<Text> restoredGiftTexts = section.get(GIFT_TEXTS);
        List<Text> restoredCategoryTexts = section.get(CATEGORY_TEXTS);
        if (restoredGifts.size() > maxGifts) {
            throw new IllegalArgumentException("Gifts holds " + restoredGifts.size() + " gifts; this emulator allows " + maxGifts);
        }
        if (restoredCategories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("Categories holds " + restoredCategories.size() + "; at most " + MAX_CATEGORIES);
        }
        // relations and texts belong to a gift or category, as the delete commands keep them
        Set<String> giftIds = restoredGifts.stream().map(Gift::giftId).collect(Collectors.toSet());
        Set<String> categoryIds = restoredCategories.stream().map(GiftCategory::categoryId).collect(Collectors.toSet());
        restoredRelations.forEach(relation -> {
            requireListed(categoryIds, relation.categoryId(), "Relations", "Categories");
            relation.giftIds().forEach(giftId -> requireListed(giftIds, giftId, "Relations", "Gifts"));
        });
        restoredGiftTexts.forEach(text -> requireListed(giftIds, text.id(), "GiftTexts", "Gifts"));
        restoredCategoryTexts.forEach(text -> requireListed(categoryIds, text.id(), "CategoryTexts", "Categories"));
        return () -> {
            clear();
            restoredGifts.forEach(gift -> gifts.put(gift.giftId(), gift));
            restoredCategories.forEach(category -> categories.put(category.categoryId(), category));
            restoredRelations.forEach(relation -> relations.put(relation.categoryId(), new LinkedHashSet<>(relation.giftIds())));
            restoredGiftTexts.forEach(text -> setText(giftTexts, text.id(), text.language(), new LocalizedText(text.name(), text.desc())));
            restoredCategoryTexts.forEach(text -> setText(categoryTexts, text.id(), text.language(), new LocalizedText(text.name(), text.desc())));
        };
    }

    private static void requireListed(Set<String> listed, String id, String field, String listField) {
        if (!listed.contains(id)) {
            throw new IllegalArgumentException(field + " names " + id + ", which " + listField + " does not hold");
        }
    }

    private static List<Text> texts(Map<String, Map<String, LocalizedText>> texts) {
        List<Text> flat = new ArrayList<>();
        texts.forEach((id, byLanguage) -> byLanguage.forEach((language, text) ->
                flat.add(new Text(id, language, text.name(), text.desc()))));
        return flat;
    }

    void clear() {
        gifts.clear();
        categories.clear();
        relations.clear();
        giftTexts.clear();
        categoryTexts.clear();
    }
}

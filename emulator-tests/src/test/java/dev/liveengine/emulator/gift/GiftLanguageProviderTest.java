package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveengine.client.model.DelGiftCategoryLanguageRequest;
import dev.liveengine.client.model.DelGiftLanguageRequest;
import dev.liveengine.client.model.GetGiftCategoryLanguageRequest;
import dev.liveengine.client.model.GetGiftLanguageRequest;
import dev.liveengine.client.model.GiftCategoryLanguageInfo;
import dev.liveengine.client.model.GiftLanguageInfo;
import dev.liveengine.client.model.LanguageCode;
import dev.liveengine.client.model.SetGiftCategoryLanguageRequest;
import dev.liveengine.client.model.SetGiftLanguageRequest;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GiftLanguage operations through the real client (ERRATA GL1 to GL17). Gifts and categories
 * keep their texts alike through commands of their own, with other field names and another code
 * for an ID that names nothing, so every test runs for both kinds.
 */
class GiftLanguageProviderTest {

    // the documented 1 call a second is GiftConfigurationRateLimitTest's subject; here it would refuse all but the first
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    /** A name and a description, whichever kind they belong to; null where the reply has none. */
    private record Text(String name, String desc) {
    }

    /** The language commands of one kind, acting on the configured {@code id} or any other. */
    private interface Texts {
        void set(String id, LanguageCode language, String name, String desc);

        Text get(String id, LanguageCode language);

        void delete(String id, LanguageCode language);
    }

    /**
     * @param id          the gift or category the seed configures
     * @param defaults    its default texts, which a language without texts of its own reads
     * @param unknownCode the refusal of an ID that names nothing (ERRATA GL5)
     */
    private record Kind(String name, String id, Text defaults, int unknownCode, Texts texts) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Texts GIFT_TEXTS = new Texts() {
        @Override
        public void set(String id, LanguageCode language, String name, String desc) {
            emulator.client().setGiftLanguage(new SetGiftLanguageRequest().giftId(id).language(language).name(name).desc(desc));
        }

        @Override
        public Text get(String id, LanguageCode language) {
            GiftLanguageInfo info = emulator.client().getGiftLanguage(new GetGiftLanguageRequest().giftId(id).language(language)).getGiftInfo();
            return new Text(info.getName(), info.getDesc());
        }

        @Override
        public void delete(String id, LanguageCode language) {
            emulator.client().delGiftLanguage(new DelGiftLanguageRequest().giftId(id).language(language));
        }
    };

    private static final Texts CATEGORY_TEXTS = new Texts() {
        @Override
        public void set(String id, LanguageCode language, String name, String desc) {
            emulator.client().setGiftCategoryLanguage(new SetGiftCategoryLanguageRequest().categoryId(id).language(language)
                    .categoryName(name).categoryDesc(desc));
        }

        @Override
        public Text get(String id, LanguageCode language) {
            GiftCategoryLanguageInfo info = emulator.client().getGiftCategoryLanguage(
                    new GetGiftCategoryLanguageRequest().categoryId(id).language(language)).getCategoryInfo();
            return new Text(info.getCategoryName(), info.getCategoryDesc());
        }

        @Override
        public void delete(String id, LanguageCode language) {
            emulator.client().delGiftCategoryLanguage(new DelGiftCategoryLanguageRequest().categoryId(id).language(language));
        }
    };

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("gift", "rose", new Text("Rose", "A red rose"), ErrorCodes.GIFT_NOT_FOUND, GIFT_TEXTS),
                new Kind("category", "popular", new Text("Popular", "Most sent"), ErrorCodes.INVALID_PARAMETER, CATEGORY_TEXTS));
    }

    /** The gift rose and the category popular, without texts in any language. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {"gift": {
                  "Gifts": [{"GiftId": "rose", "Coins": 1, "DefaultName": "Rose", "DefaultDesc": "A red rose"}],
                  "Categories": [{"CategoryId": "popular", "DefaultName": "Popular", "DefaultDesc": "Most sent"}]}}}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aSetChangesOnlyTheFieldsItNames(Kind kind) {
        Texts texts = kind.texts();
        texts.set(kind.id(), LanguageCode.ZH_HANS, "名字", "说明");
        texts.set(kind.id(), LanguageCode.ZH_HANS, null, "新的说明");
        assertEquals(new Text("名字", "新的说明"), texts.get(kind.id(), LanguageCode.ZH_HANS));
        texts.set(kind.id(), LanguageCode.ZH_HANS, "新名字", null);
        assertEquals(new Text("新名字", "新的说明"), texts.get(kind.id(), LanguageCode.ZH_HANS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aLanguageWithoutTextsReadsTheDefaults(Kind kind) {
        Texts texts = kind.texts();
        assertEquals(kind.defaults(), texts.get(kind.id(), LanguageCode.EN));
        texts.set(kind.id(), LanguageCode.ZH_HANS, "名字", "说明");
        assertEquals(kind.defaults(), texts.get(kind.id(), LanguageCode.ZH_HANT), "one language's texts are not another's");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aDeletedLanguageReadsTheDefaultsAgainAndTheOthersStay(Kind kind) {
        Texts texts = kind.texts();
        texts.set(kind.id(), LanguageCode.ZH_HANS, "名字", "说明");
        texts.set(kind.id(), LanguageCode.ZH_HANT, "名字", "說明");

        texts.delete(kind.id(), LanguageCode.ZH_HANS);

        assertEquals(kind.defaults(), texts.get(kind.id(), LanguageCode.ZH_HANS));
        assertEquals(new Text("名字", "說明"), texts.get(kind.id(), LanguageCode.ZH_HANT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void deletingTextsThatDoNotExistSucceeds(Kind kind) {
        Texts texts = kind.texts();
        texts.set(kind.id(), LanguageCode.ZH_HANS, "名字", "说明");

        texts.delete(kind.id(), LanguageCode.EN);
        texts.delete("ghost", LanguageCode.ZH_HANS);

        assertEquals(new Text("名字", "说明"), texts.get(kind.id(), LanguageCode.ZH_HANS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anIdThatNamesNothingIsRefused(Kind kind) {
        Texts texts = kind.texts();
        assertEquals(kind.unknownCode(), refusedWith(() -> texts.set("ghost", LanguageCode.EN, "Ghost", null)));
        assertEquals(kind.unknownCode(), refusedWith(() -> texts.get("ghost", LanguageCode.EN)));
    }
}

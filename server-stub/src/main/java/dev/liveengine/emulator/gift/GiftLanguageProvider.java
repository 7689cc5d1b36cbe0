package dev.liveengine.emulator.gift;

import dev.liveengine.server.api.GiftLanguageApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.DelGiftCategoryLanguageRequest;
import dev.liveengine.server.model.DelGiftLanguageRequest;
import dev.liveengine.server.model.GetGiftCategoryLanguageRequest;
import dev.liveengine.server.model.GetGiftCategoryLanguageResponse;
import dev.liveengine.server.model.GetGiftLanguageRequest;
import dev.liveengine.server.model.GetGiftLanguageResponse;
import dev.liveengine.server.model.GiftCategoryLanguageInfo;
import dev.liveengine.server.model.GiftLanguageInfo;
import dev.liveengine.server.model.SetGiftCategoryLanguageRequest;
import dev.liveengine.server.model.SetGiftLanguageRequest;

/**
 * The GiftLanguage operations: a gift's or a category's name and description per language. A read
 * of a language that has no text gives the default texts, as viewers would see them.
 */
public final class GiftLanguageProvider implements GiftLanguageApi {

    private final GiftCatalog catalog;

    public GiftLanguageProvider(GiftStore store) {
        this.catalog = store.catalog;
    }

    @Override
    public BaseResponse setGiftLanguage(SetGiftLanguageRequest request) {
        catalog.setGiftText(request.getGiftId(), request.getLanguage().toString(), new LocalizedText(request.getName(), request.getDesc()));
        return new BaseResponse();
    }

    @Override
    public GetGiftLanguageResponse getGiftLanguage(GetGiftLanguageRequest request) {
        Gift gift = catalog.requireGift(request.getGiftId());
        LocalizedText text = catalog.giftText(gift.giftId(), request.getLanguage().toString())
                .orElse(new LocalizedText(gift.defaultName(), gift.defaultDesc()));
        return new GetGiftLanguageResponse().giftInfo(new GiftLanguageInfo().name(text.name()).desc(text.desc()));
    }

    @Override
    public BaseResponse delGiftLanguage(DelGiftLanguageRequest request) {
        catalog.deleteGiftText(request.getGiftId(), request.getLanguage().toString());
        return new BaseResponse();
    }

    @Override
    public BaseResponse setGiftCategoryLanguage(SetGiftCategoryLanguageRequest request) {
        catalog.setCategoryText(request.getCategoryId(), request.getLanguage().toString(),
                new LocalizedText(request.getCategoryName(), request.getCategoryDesc()));
        return new BaseResponse();
    }

    @Override
    public GetGiftCategoryLanguageResponse getGiftCategoryLanguage(GetGiftCategoryLanguageRequest request) {
        GiftCategory category = catalog.requireCategory(request.getCategoryId());
        LocalizedText text = catalog.categoryText(category.categoryId(), request.getLanguage().toString())
                .orElse(new LocalizedText(category.defaultName(), category.defaultDesc()));
        return new GetGiftCategoryLanguageResponse().categoryInfo(
                new GiftCategoryLanguageInfo().categoryName(text.name()).categoryDesc(text.desc()));
    }

    @Override
    public BaseResponse delGiftCategoryLanguage(DelGiftCategoryLanguageRequest request) {
        catalog.deleteCategoryText(request.getCategoryId(), request.getLanguage().toString());
        return new BaseResponse();
    }
}

package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.GiftCategoryApi;
import dev.liveengine.server.model.AddGiftCategoryRelationsRequest;
import dev.liveengine.server.model.AddGiftCategoryRelationsResponse;
import dev.liveengine.server.model.AddGiftCategoryRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.DelGiftCategoryRelationsRequest;
import dev.liveengine.server.model.DelGiftCategoryRequest;
import dev.liveengine.server.model.GetGiftCategoryRelationsRequest;
import dev.liveengine.server.model.GetGiftCategoryRelationsResponse;
import dev.liveengine.server.model.GetGiftCategoryRequest;
import dev.liveengine.server.model.GetGiftCategoryResponse;
import dev.liveengine.server.model.GiftCategoryRelation;
import java.util.List;

/**
 * The GiftCategory operations: at most 3 categories, and the relations that place gifts in them.
 * Deleting a category takes its relations and language texts with it.
 */
public final class GiftCategoryProvider implements GiftCategoryApi {

    private final GiftCatalog catalog;

    public GiftCategoryProvider(GiftStore store) {
        this.catalog = store.catalog;
    }

    @Override
    public BaseResponse addGiftCategory(AddGiftCategoryRequest request) {
        catalog.putCategory(new GiftCategory(request.getCategoryId(), request.getDefaultName(), request.getDefaultDesc(),
                request.getExtensionInfo()));
        return new BaseResponse();
    }

    @Override
    public GetGiftCategoryResponse getGiftCategory(GetGiftCategoryRequest request) {
        GiftCategory category = catalog.requireCategory(request.getCategoryId());
        return new GetGiftCategoryResponse().giftCategoryInfo(new dev.liveengine.server.model.GiftCategory()
                .categoryId(category.categoryId()).defaultName(category.defaultName())
                .defaultDesc(category.defaultDesc()).extensionInfo(category.extensionInfo()));
    }

    @Override
    public BaseResponse delGiftCategory(DelGiftCategoryRequest request) {
        catalog.deleteCategory(request.getCategoryId());
        return new BaseResponse();
    }

    /**
     * All or nothing (ERRATA GC18): when a listed gift is not configured, none is placed and the
     * refusal lists the unknown IDs in {@code InvalidGiftIdList}.
     */
    @Override
    public AddGiftCategoryRelationsResponse addGiftCategoryRelations(AddGiftCategoryRelationsRequest request) {
        catalog.requireCategory(request.getCategoryId());
        List<String> unknown = request.getGiftIdList().stream().filter(giftId -> catalog.gift(giftId).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "gifts not configured: " + unknown,
                    new AddGiftCategoryRelationsResponse().invalidGiftIdList(unknown));
        }
        catalog.addRelations(request.getCategoryId(), request.getGiftIdList());
        return new AddGiftCategoryRelationsResponse().invalidGiftIdList(null);
    }

    @Override
    public GetGiftCategoryRelationsResponse getGiftCategoryRelations(GetGiftCategoryRelationsRequest request) {
        catalog.requireCategory(request.getCategoryId());
        return new GetGiftCategoryRelationsResponse().relation(new GiftCategoryRelation()
                .categoryId(request.getCategoryId()).giftIdList(catalog.giftsOf(request.getCategoryId())));
    }

    @Override
    public BaseResponse delGiftCategoryRelations(DelGiftCategoryRelationsRequest request) {
        catalog.deleteRelations(request.getCategoryId(), request.getGiftIdList());
        return new BaseResponse();
    }
}

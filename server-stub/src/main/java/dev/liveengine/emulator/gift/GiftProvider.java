package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.server.api.GiftApi;
import dev.liveengine.server.model.AddGiftRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.GetGiftCountRequest;
import dev.liveengine.server.model.GetGiftCountResponse;
import dev.liveengine.server.model.GiftCount;
import dev.liveengine.server.model.SendGiftRequest;

/** The Gift operations: configuring gifts, sending them and the rooms' gift statistics. */
public final class GiftProvider implements GiftApi {

    private final GiftStore store;
    private final RoomStore rooms;

    public GiftProvider(GiftStore store, RoomStore rooms) {
        this.store = store;
        this.rooms = rooms;
    }

    @Override
    public BaseResponse addGift(AddGiftRequest request) {
        store.catalog.putGift(new Gift(request.getGiftId(), request.getCoins(), request.getDefaultName(), request.getDefaultDesc(),
                request.getIconUrl(), request.getResourceUrl(), request.getLevel(), request.getExtensionInfo()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse sendGift(SendGiftRequest request) {
        rooms.requireRoom(request.getRoomId());
        Gift gift = store.catalog.requireGift(request.getGiftId());
        long count = request.getCount() == null ? 1 : request.getCount();
        store.recordSent(request.getRoomId(), request.getFromAccount(), count,
                RoomGiftTotals.saturatedProduct(count, gift.coins()));
        return new BaseResponse();
    }

    @Override
    public GetGiftCountResponse getGiftCount(GetGiftCountRequest request) {
        rooms.requireRoom(request.getRoomId());
        RoomGiftTotals.View totals = store.totals(request.getRoomId());
        return new GetGiftCountResponse().response(new GiftCount()
                .sequence(totals.sequence())
                .totalCount(totals.totalCount())
                .totalCoins(totals.totalCoins())
                .giftSenderCount(totals.senderCount()));
    }
}

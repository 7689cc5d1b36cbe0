package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.server.api.ErrorCodes;
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
        store.put(new Gift(request.getGiftId(), request.getCoins(), request.getDefaultName(), request.getDefaultDesc(),
                request.getIconUrl(), request.getResourceUrl(), request.getLevel(), request.getExtensionInfo()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse sendGift(SendGiftRequest request) {
        rooms.requireRoom(request.getRoomId());
        Gift gift = store.find(request.getGiftId()).orElseThrow(() ->
                new ServiceException(ErrorCodes.GIFT_NOT_FOUND, "gift " + request.getGiftId() + " does not exist"));
        long count = request.getCount() == null ? 1 : request.getCount();
        store.recordSent(request.getRoomId(), request.getFromAccount(), count,
                RoomGiftTotals.saturatedProduct(count, gift.coins()));
        return new BaseResponse();
    }

    @Override
    public GetGiftCountResponse getGiftCount(GetGiftCountRequest request) {
        rooms.requireRoom(request.getRoomId());
        RoomGiftTotals totals = store.totals(request.getRoomId());
        return new GetGiftCountResponse().response(new GiftCount()
                .sequence(totals.sequence())
                .totalCount(totals.totalCount())
                .totalCoins(totals.totalCoins())
                .giftSenderCount((long) totals.senders().size()));
    }
}

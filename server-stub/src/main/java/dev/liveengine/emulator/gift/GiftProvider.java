package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.GiftApi;
import dev.liveengine.server.model.AddGiftRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.DelGiftRequest;
import dev.liveengine.server.model.GetGiftRequest;
import dev.liveengine.server.model.GetGiftResponse;
import dev.liveengine.server.model.GiftInfo;
import dev.liveengine.server.model.GetGiftCountRequest;
import dev.liveengine.server.model.GetGiftCountResponse;
import dev.liveengine.server.model.GiftCount;
import dev.liveengine.server.model.SendGiftRequest;

/** The Gift operations: configuring gifts (one by one or the preset), sending them and the rooms' gift statistics. */
public final class GiftProvider implements GiftApi {

    private static final DefaultGiftConfig DEFAULT_CONFIG = DefaultGiftConfig.load();

    private final GiftStore store;
    private final RoomStore rooms;
    private final AccountStore accounts;

    public GiftProvider(GiftStore store, RoomStore rooms, AccountStore accounts) {
        this.store = store;
        this.rooms = rooms;
        this.accounts = accounts;
    }

    @Override
    public BaseResponse addGift(AddGiftRequest request) {
        store.catalog.putGift(new Gift(request.getGiftId(), request.getCoins(), request.getDefaultName(), request.getDefaultDesc(),
                request.getIconUrl(), request.getResourceUrl(), request.getLevel(), request.getExtensionInfo()));
        return new BaseResponse();
    }

    @Override
    public GetGiftResponse getGift(GetGiftRequest request) {
        Gift gift = store.catalog.requireGift(request.getGiftId());
        return new GetGiftResponse().giftInfo(new GiftInfo().giftId(gift.giftId()).coins(gift.coins())
                .defaultName(gift.defaultName()).defaultDesc(gift.defaultDesc()).iconUrl(gift.iconUrl())
                .resourceUrl(gift.resourceUrl()).level(gift.level()).extensionInfo(gift.extensionInfo()));
    }

    @Override
    public BaseResponse delGift(DelGiftRequest request) {
        store.catalog.deleteGift(request.getGiftId());
        return new BaseResponse();
    }

    /** Loads the preset into an empty configuration; any gift or category already there is 102010. */
    @Override
    public BaseResponse copyDefaultGiftConfig(Object request) {
        if (!store.catalog.isEmpty()) {
            throw new ServiceException(ErrorCodes.GIFT_CONFIG_ALREADY_EXISTS, "a gift configuration exists; delete it before loading the defaults");
        }
        store.catalog.load(DEFAULT_CONFIG);
        return new BaseResponse();
    }

    @Override
    public BaseResponse sendGift(SendGiftRequest request) {
        rooms.requireRoom(request.getRoomId());
        // the sender and the receivers are users of the app: accounts it imported (70107, common to
        // every command, since the page names no code of its own: ERRATA GL18)
        accounts.require(request.getFromAccount());
        request.getReceiverListAccount().forEach(accounts::require);
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

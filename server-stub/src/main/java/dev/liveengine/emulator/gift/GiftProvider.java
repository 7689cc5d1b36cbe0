package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.BeforeSendGiftEvent;
import dev.liveengine.server.model.SentGift;
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
    private final EmulatorState state;
    private final Webhooks webhooks;

    public GiftProvider(GiftStore store, RoomStore rooms, AccountStore accounts, EmulatorState state, Webhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
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

    /**
     * Asks the app first ({@code Live.CallbackBeforeSendGift}, when switched on) and records the gift
     * only if it lets it through. The request is checked before asking and again after, under the
     * lock, since the catalogue or the room may have changed while the app was thinking.
     */
    @Override
    public BaseResponse sendGift(SendGiftRequest request) {
        Gift gift = state.atomically(() -> checked(request));
        int count = request.getCount() == null ? 1 : request.getCount();
        requireAllowed(webhooks.before(new BeforeSendGiftEvent()
                .callbackCommand(BeforeSendGiftEvent.CallbackCommandEnum.LIVE_CALLBACK_BEFORE_SEND_GIFT)
                .operatorAccount(Caller.identifier())
                .roomId(request.getRoomId())
                .giftWater(new SentGift()
                        .fromAccount(request.getFromAccount())
                        .toAccount(request.getReceiverListAccount())
                        .time(webhooks.eventTime() / 1000)
                        .giftId(gift.giftId())
                        .count(count)
                        .coins(gift.coins()))));
        return state.atomically(() -> {
            Gift current = checked(request);
            store.recordSent(request.getRoomId(), request.getFromAccount(), count,
                    RoomGiftTotals.saturatedProduct(count, current.coins()));
            return new BaseResponse();
        });
    }

    /** The gift, once the room, the accounts and the gift are known to exist. */
    private Gift checked(SendGiftRequest request) {
        rooms.requireRoom(request.getRoomId());
        // the sender and the receivers are users of the app: accounts it imported (70107, common to
        // every command, since the page names no code of its own: ERRATA GL18)
        accounts.require(request.getFromAccount());
        request.getReceiverListAccount().forEach(accounts::require);
        return store.catalog.requireGift(request.getGiftId());
    }

    /**
     * The app's verdict, as documented: 0 allows; 1 rejects (102004); a code from 102100 to 102200
     * rejects with the app's own code and text. No usable answer within the time limit blocks the gift,
     * unless the app listed {@code Live.CallbackBeforeCallBackNotBlock}. Any other code is not
     * defined, and is taken as a rejection rather than as permission.
     */
    private void requireAllowed(Webhooks.Answer answer) {
        if (answer instanceof Webhooks.Answer.NoAnswer && !webhooks.giftCheckFailsOpen()) {
            throw new ServiceException(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, "the app's server gave no usable answer to the gift check");
        }
        if (answer instanceof Webhooks.Answer.Reply reply && reply.errorCode() != 0) {
            if (Webhooks.GIFT_CODES.contains(reply.errorCode())) {
                throw new ServiceException(reply.errorCode(), reply.errorInfo());
            }
            throw new ServiceException(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, "the app's server rejected the gift");
        }
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

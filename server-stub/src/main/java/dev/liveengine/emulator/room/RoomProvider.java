package dev.liveengine.emulator.room;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.gift.GiftStore;
import dev.liveengine.emulator.gift.RoomGiftTotals;
import dev.liveengine.emulator.message.MessageStore;
import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.AfterCreateRoomEvent;
import dev.liveengine.server.model.AfterCreateRoomReachingThresholdEvent;
import dev.liveengine.server.model.AfterDelMetadataEvent;
import dev.liveengine.server.model.AfterDestroyRoomEvent;
import dev.liveengine.server.model.AfterSetMetadataEvent;
import dev.liveengine.server.model.AfterUpdateRoomInfoEvent;
import dev.liveengine.server.model.DestroyedRoomInfo;
import dev.liveengine.server.model.EventRoomInfo;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.RoomApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.CreateRoomRequest;
import dev.liveengine.server.model.CreateRoomResponse;
import dev.liveengine.server.model.CreatedRoom;
import dev.liveengine.server.model.DelRoomMetadataRequest;
import dev.liveengine.server.model.DestroyRoomRequest;
import dev.liveengine.server.model.DestroyRoomResponse;
import dev.liveengine.server.model.DestroyedRoom;
import dev.liveengine.server.model.GetRoomInfoRequest;
import dev.liveengine.server.model.GetRoomInfoResponse;
import dev.liveengine.server.model.GetRoomListRequest;
import dev.liveengine.server.model.GetRoomListResponse;
import dev.liveengine.server.model.GetRoomMetadataRequest;
import dev.liveengine.server.model.GetRoomMetadataResponse;
import dev.liveengine.server.model.GetRoomStatsRequest;
import dev.liveengine.server.model.GetRoomStatsResponse;
import dev.liveengine.server.model.RoomStats;
import dev.liveengine.server.model.MetadataItem;
import dev.liveengine.server.model.NewRoomInfo;
import dev.liveengine.server.model.RoomInfo;
import dev.liveengine.server.model.RoomInfoResult;
import dev.liveengine.server.model.RoomListPage;
import dev.liveengine.server.model.RoomMetadata;
import dev.liveengine.server.model.RoomStatistic;
import dev.liveengine.server.model.RoomType;
import dev.liveengine.server.model.SetRoomMetadataRequest;
import dev.liveengine.server.model.UpdateRoomInfoRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Room operations: a room's lifecycle, settings and metadata. The owner must be an imported
 * account and defaults to the calling administrator. Destroying a room ends everything that belongs
 * to it (members, gift statistics, mixing task...) in the same step, and answers its statistics.
 */
public final class RoomProvider implements RoomApi {

    private static final int DEFAULT_LIST_COUNT = 20;

    /** The share of the room quota at which the app is warned, as documented: 70 percent. */
    private static final int QUOTA_THRESHOLD_PERCENT = 70;

    private final RoomStore rooms;
    private final AccountStore accounts;
    private final GiftStore gifts;
    private final MessageStore messages;
    private final EmulatorState state;
    private final Webhooks webhooks;
    /** The app's room quota, 0 for none. */
    private final int roomQuota;

    public RoomProvider(RoomStore rooms, AccountStore accounts, GiftStore gifts, MessageStore messages, EmulatorState state,
                        Webhooks webhooks, int roomQuota) {
        this.roomQuota = roomQuota;
        this.webhooks = webhooks;
        this.rooms = rooms;
        this.accounts = accounts;
        this.gifts = gifts;
        this.messages = messages;
        this.state = state;
    }

    @Override
    public CreateRoomResponse createRoom(CreateRoomRequest request) {
        NewRoomInfo info = request.getRoomInfo();
        String owner = info.getOwnerAccount() != null ? info.getOwnerAccount() : Caller.identifier();
        if (!accounts.exists(owner)) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "Owner_Account " + owner + " has not been imported");
        }
        rooms.create(info.getRoomId(), owner, settingsOf(info, info.getRoomType(), info.getSeatTemplate()));
        webhooks.after(new AfterCreateRoomEvent()
                .callbackCommand(AfterCreateRoomEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_CREATE_ROOM)
                .operatorAccount(Caller.identifier())
                .roomInfo(webhooks.sameFieldsAs(infoOf(rooms.view(info.getRoomId())), EventRoomInfo.class))
                .eventTime(webhooks.eventTime()));
        reportQuotaThreshold();
        return new CreateRoomResponse().response(new CreatedRoom().roomId(info.getRoomId()));
    }

    /** The rooms reached 70% of the quota with the room just created: said once per crossing. */
    private void reportQuotaThreshold() {
        // integers, rounded up: 70% of 10 is 7, where the double 0.7 * 10 rounds up to 8
        int threshold = (roomQuota * QUOTA_THRESHOLD_PERCENT + 99) / 100;
        if (roomQuota > 0 && rooms.count() == threshold) {
            webhooks.after(new AfterCreateRoomReachingThresholdEvent()
                    .callbackCommand(AfterCreateRoomReachingThresholdEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_CREATE_ROOM_REACHING_THRESHOLD)
                    .operatorAccount(Caller.identifier())
                    .eventTime(webhooks.eventTime())
                    .curRoomCount(rooms.count())
                    .maxRoomCount(roomQuota));
        }
    }

    @Override
    public DestroyRoomResponse destroyRoom(DestroyRoomRequest request) {
        RoomView room = rooms.view(request.getRoomId());
        RoomGiftTotals.View sent = gifts.totals(request.getRoomId());
        state.forgetRoom(request.getRoomId());
        RoomStatistic statistic = new RoomStatistic()
                .totalViewers(room.totalViewers())
                .totalGiftsSent(sent.totalCount())
                .totalGiftCoins(sent.totalCoins())
                .totalUniqueGiftSenders(sent.senderCount())
                .totalLikesReceived(room.likes());
        webhooks.after(new AfterDestroyRoomEvent()
                .callbackCommand(AfterDestroyRoomEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_DESTROY_ROOM)
                .operatorAccount(Caller.identifier())
                .roomId(room.roomId())
                .eventType(AfterDestroyRoomEvent.EventTypeEnum.DESTROY_BY_USER)
                .eventTime(webhooks.eventTime())
                .roomInfo(webhooks.sameFieldsAs(infoOf(room), DestroyedRoomInfo.class))
                .statistic(statistic));
        return new DestroyRoomResponse().response(new DestroyedRoom().statistic(statistic));
    }

    /** The counters destroy_room would report, read now, plus the messages sent into the room. */
    @Override
    public GetRoomStatsResponse getRoomStats(GetRoomStatsRequest request) {
        RoomView room = rooms.view(request.getRoomId());
        RoomGiftTotals.View sent = gifts.totals(request.getRoomId());
        RoomStats stats = new RoomStats().totalMsgCount(messages.sentTo(request.getRoomId()));
        stats.setTotalViewers(room.totalViewers());
        stats.setTotalGiftsSent(sent.totalCount());
        stats.setTotalGiftCoins(sent.totalCoins());
        stats.setTotalUniqueGiftSenders(sent.senderCount());
        stats.setTotalLikesReceived(room.likes());
        return new GetRoomStatsResponse().response(stats);
    }

    @Override
    public BaseResponse updateRoomInfo(UpdateRoomInfoRequest request) {
        RoomInfo info = request.getRoomInfo();
        // the type and seat template are fixed at creation: an update that names them leaves them as they are
        rooms.update(info.getRoomId(), settingsOf(info, null, null));
        webhooks.after(new AfterUpdateRoomInfoEvent()
                .callbackCommand(AfterUpdateRoomInfoEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_UPDATE_ROOM_INFO)
                .operatorAccount(Caller.identifier())
                .roomInfo(webhooks.sameFieldsAs(infoOf(rooms.view(info.getRoomId())), EventRoomInfo.class))
                .eventTime(webhooks.eventTime()));
        return new BaseResponse();
    }

    @Override
    public GetRoomInfoResponse getRoomInfo(GetRoomInfoRequest request) {
        return new GetRoomInfoResponse().response(new RoomInfoResult().roomInfo(infoOf(rooms.view(request.getRoomId()))));
    }

    @Override
    public GetRoomListResponse getRoomList(GetRoomListRequest request) {
        int count = request.getCount() == null ? DEFAULT_LIST_COUNT : request.getCount();
        RoomStore.Page<RoomView> page = rooms.list(request.getNext(), count);
        return new GetRoomListResponse().response(new RoomListPage()
                .roomList(page.items().stream().map(RoomProvider::infoOf).toList())
                .next(page.next()));
    }

    @Override
    public GetRoomMetadataResponse getRoomMetadata(GetRoomMetadataRequest request) {
        return new GetRoomMetadataResponse().response(new RoomMetadata().metadata(
                rooms.metadata(request.getRoomId(), request.getKeys()).entrySet().stream()
                        .map(entry -> new MetadataItem().key(entry.getKey()).value(entry.getValue())).toList()));
    }

    @Override
    public BaseResponse setRoomMetadata(SetRoomMetadataRequest request) {
        Map<String, String> entries = new LinkedHashMap<>();
        request.getMetadata().forEach(item -> entries.put(item.getKey(), item.getValue()));
        rooms.setMetadata(request.getRoomId(), entries);
        webhooks.after(new AfterSetMetadataEvent()
                .callbackCommand(AfterSetMetadataEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_SET_METADATA)
                .operatorAccount(Caller.identifier())
                .roomId(request.getRoomId())
                .metadata(request.getMetadata())
                .eventTime(webhooks.eventTime()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse delRoomMetadata(DelRoomMetadataRequest request) {
        rooms.deleteMetadata(request.getRoomId(), request.getKeys());
        webhooks.after(new AfterDelMetadataEvent()
                .callbackCommand(AfterDelMetadataEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_DEL_METADATA)
                .operatorAccount(Caller.identifier())
                .roomId(request.getRoomId())
                .keys(request.getKeys())
                .eventTime(webhooks.eventTime()));
        return new BaseResponse();
    }

    /**
     * The settings a request gives. The generated models start lists empty, so an empty Category
     * cannot be told from an absent one: it counts as not given. The type and template come as
     * arguments: NewRoomInfo redeclares them as required, and an update may not change them.
     */
    private static RoomSettings settingsOf(RoomInfo info, RoomType roomType, String seatTemplate) {
        List<Integer> category = info.getCategory() == null || info.getCategory().isEmpty() ? null : info.getCategory();
        return new RoomSettings(roomType == null ? null : roomType.toString(), seatTemplate,
                info.getTakeSeatMode() == null ? null : info.getTakeSeatMode().toString(), info.getMaxSeatCount(),
                info.getMaxMemberCount(), info.getIsSeatEnabled(), info.getIsUnlimitedRoomEnabled(),
                info.getIsMessageDisabled(), info.getIsPublicVisible(), info.getRoomName(), info.getCoverURL(),
                category, info.getActivityStatus(), info.getNotice());
    }

    private static RoomInfo infoOf(RoomView room) {
        RoomSettings settings = room.settings();
        return new RoomInfo()
                .roomId(room.roomId())
                .roomName(settings.roomName() != null ? settings.roomName() : room.roomId())
                .roomType(settings.roomType() == null ? null : RoomType.fromValue(settings.roomType()))
                .seatTemplate(settings.seatTemplate())
                .ownerAccount(room.owner())
                .takeSeatMode(settings.takeSeatMode() == null ? null : RoomInfo.TakeSeatModeEnum.fromValue(settings.takeSeatMode()))
                .maxSeatCount(settings.maxSeatCount())
                .maxMemberCount(settings.maxMemberCount())
                .isSeatEnabled(settings.seatEnabled())
                .isUnlimitedRoomEnabled(settings.unlimitedRoomEnabled())
                .isMessageDisabled(settings.messageDisabled())
                .isPublicVisible(settings.publiclyVisible())
                .coverURL(settings.coverUrl())
                .category(settings.category())
                .activityStatus(settings.activityStatus())
                .notice(settings.notice())
                .createTime(room.createTime())
                .viewCount(room.totalViewers());
    }
}

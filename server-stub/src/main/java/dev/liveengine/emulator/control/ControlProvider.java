package dev.liveengine.emulator.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.control.EventsApi;
import dev.liveengine.server.control.FaultsApi;
import dev.liveengine.server.control.JournalApi;
import dev.liveengine.server.control.StateApi;
import dev.liveengine.server.control.WebhooksApi;
import dev.liveengine.server.control.model.FollowEvent;
import dev.liveengine.server.control.model.GetWebhookDeliveriesRequest;
import dev.liveengine.server.control.model.GetWebhookDeliveriesResponse;
import dev.liveengine.server.control.model.ReplayWebhookDeliveryRequest;
import dev.liveengine.server.control.model.WebhookDelivery;
import dev.liveengine.server.control.model.DelayCallsRequest;
import dev.liveengine.server.control.model.ExportStateResponse;
import dev.liveengine.server.control.model.FailNextCallsRequest;
import dev.liveengine.server.control.model.GetJournalRequest;
import dev.liveengine.server.control.model.GetJournalResponse;
import dev.liveengine.server.control.model.GetRoomMessagesRequest;
import dev.liveengine.server.control.model.GetRoomMessagesResponse;
import dev.liveengine.server.control.model.ImportStateRequest;
import dev.liveengine.server.control.model.RoomMessage;
import dev.liveengine.server.control.model.RoomMemberEvent;
import dev.liveengine.server.control.model.UserEvent;
import dev.liveengine.server.control.model.JournalCall;
import dev.liveengine.server.control.model.State;
import dev.liveengine.server.model.BaseResponse;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The control API over HTTP ({@code /emulator/v1/...}): each operation hands its request to
 * {@link EmulatorControl}. A name or snapshot it cannot use is refused with 100002 and the reason.
 */
public final class ControlProvider implements StateApi, FaultsApi, JournalApi, EventsApi, WebhooksApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorControl control;

    public ControlProvider(EmulatorControl control) {
        this.control = control;
    }

    @Override
    public BaseResponse reset(Object request) {
        control.reset();
        return new BaseResponse();
    }

    @Override
    public ExportStateResponse exportState(Object request) {
        return new ExportStateResponse().state(JSON.convertValue(control.exportState(), State.class));
    }

    @Override
    public BaseResponse importState(ImportStateRequest request) {
        return refusingBadInput(() -> {
            control.importState(JSON.valueToTree(request.getState()));
            return new BaseResponse();
        });
    }

    @Override
    public BaseResponse failNextCalls(FailNextCallsRequest request) {
        return refusingBadInput(() -> {
            control.failNextCalls(request.getOperation(), request.getCount() == null ? 1 : request.getCount(),
                    request.getErrorCode(), request.getErrorInfo());
            return new BaseResponse();
        });
    }

    @Override
    public BaseResponse delayCalls(DelayCallsRequest request) {
        return refusingBadInput(() -> {
            control.delayCalls(request.getOperation(), request.getDelayMillis(), request.getCount());
            return new BaseResponse();
        });
    }

    @Override
    public BaseResponse clearFaults(Object request) {
        control.clearFaults();
        return new BaseResponse();
    }

    @Override
    public GetJournalResponse getJournal(GetJournalRequest request) {
        int limit = request.getLimit() == null ? 100 : request.getLimit();
        return refusingBadInput(() -> new GetJournalResponse().calls(
                control.journal(request.getOperation(), limit).stream()
                        .map(call -> new JournalCall().operation(call.operation()).operationId(call.operationId())
                                .requestId(call.requestId()).errorCode(call.errorCode())
                                .time(call.time().atOffset(ZoneOffset.UTC)))
                        .toList()));
    }

    @Override
    public GetRoomMessagesResponse getRoomMessages(GetRoomMessagesRequest request) {
        return new GetRoomMessagesResponse().messages(control.roomMessages(request.getRoomId()).stream()
                .map(message -> new RoomMessage().msgSeq(message.seq()).msgTime(message.time())
                        .senderAccount(message.sender()).textContent(message.text()).businessId(message.businessId())
                        .data(message.data()).extensionInfo(message.extensionInfo()))
                .toList());
    }

    @Override
    public BaseResponse enterRoom(RoomMemberEvent request) {
        control.enterRoom(request.getRoomId(), request.getUserId());
        return new BaseResponse();
    }

    @Override
    public BaseResponse leaveRoom(RoomMemberEvent request) {
        control.leaveRoom(request.getRoomId(), request.getUserId());
        return new BaseResponse();
    }

    @Override
    public BaseResponse goOnline(UserEvent request) {
        control.setOnline(request.getUserId(), true);
        return new BaseResponse();
    }

    @Override
    public BaseResponse goOffline(UserEvent request) {
        control.setOnline(request.getUserId(), false);
        return new BaseResponse();
    }

    @Override
    public BaseResponse followUser(FollowEvent request) {
        control.follow(request.getFromAccount(), request.getToAccount());
        return new BaseResponse();
    }

    @Override
    public BaseResponse unfollowUser(FollowEvent request) {
        control.unfollow(request.getFromAccount(), request.getToAccount());
        return new BaseResponse();
    }

    @Override
    public GetWebhookDeliveriesResponse getWebhookDeliveries(GetWebhookDeliveriesRequest request) {
        int limit = request.getLimit() == null ? 100 : request.getLimit();
        return new GetWebhookDeliveriesResponse().deliveries(control.webhookDeliveries(limit).stream()
                .map(delivery -> new WebhookDelivery().id(delivery.id()).callbackCommand(delivery.callbackCommand())
                        .url(delivery.url()).time(delivery.sentAt().atOffset(ZoneOffset.UTC)).httpStatus(delivery.status())
                        .latencyMillis(delivery.latencyMillis()).outcome(delivery.outcome()).body(delivery.body())
                        .reply(delivery.reply()))
                .toList());
    }

    @Override
    public BaseResponse replayWebhookDelivery(ReplayWebhookDeliveryRequest request) {
        control.replayWebhookDelivery(request.getId());
        return new BaseResponse();
    }

    private static <T extends BaseResponse> T refusingBadInput(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, e.getMessage());
        }
    }
}

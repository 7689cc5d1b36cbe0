package dev.liveengine.emulator.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.MessageApi;
import dev.liveengine.server.model.AfterSendMsgEvent;
import dev.liveengine.server.model.BeforeSendMsgEvent;
import dev.liveengine.server.model.MessageElement;
import dev.liveengine.server.model.RoomType;
import dev.liveengine.server.model.SendCustomMsgRequest;
import dev.liveengine.server.model.SendCustomMsgResponse;
import dev.liveengine.server.model.SendTextMsgRequest;
import dev.liveengine.server.model.SendTextMsgResponse;
import dev.liveengine.server.model.SentMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Message operations: text and custom messages sent into a room, numbered and timed as the
 * service numbers them and kept for the control API's {@code get_room_messages}. A custom message
 * without a sender comes from the calling administrator (ERRATA MS). A message over the room's
 * rate is accepted but dropped, as {@link MessageStore} says.
 *
 * <p>The room is a Chat group, so the group webhooks apply: {@code Group.CallbackBeforeSendMsg} asks
 * the app first (allow, reject, discard silently, pass its own code, or change the message), and
 * {@code Group.CallbackAfterSendMsg} reports a delivered message. In the webhooks a text message is
 * one {@code TIMTextElem} and its ExtensionInfo the {@code CloudCustomData}; a custom message is one
 * {@code TIMCustomElem} with the Data as {@code Data} and the BusinessId as {@code Desc} (ERRATA WH).
 */
public final class MessageProvider implements MessageApi {

    /** Codes of the app's verdict, as documented for the Chat group webhook. */
    private static final int ALLOW = 0;
    private static final int REJECT = 1;
    private static final int DISCARD = 2;

    private final MessageStore messages;
    private final RoomStore rooms;
    private final EmulatorState state;
    private final Webhooks webhooks;

    public MessageProvider(MessageStore messages, RoomStore rooms, EmulatorState state, Webhooks webhooks) {
        this.messages = messages;
        this.rooms = rooms;
        this.state = state;
        this.webhooks = webhooks;
    }

    /** A message on its way into a room: a text one ({@code text}) or a custom one ({@code businessId} and {@code data}). */
    private record Outgoing(String roomId, String sender, String text, String businessId, String data, String extensionInfo) {

        List<MessageElement> body() {
            Map<String, Object> content = new LinkedHashMap<>();
            if (text != null) {
                content.put("Text", text);
                return List.of(new MessageElement().msgType("TIMTextElem").msgContent(content));
            }
            content.put("Data", data);
            content.put("Desc", businessId);
            return List.of(new MessageElement().msgType("TIMCustomElem").msgContent(content));
        }

        /** The message as the app's answer changed it: a new element of the same kind, new custom data, or both. */
        Outgoing changedBy(JsonNode reply) {
            JsonNode element = reply.path("MsgBody").path(0).path("MsgContent");
            String newText = text != null && element.hasNonNull("Text") ? element.get("Text").asText() : text;
            String newData = text == null && element.hasNonNull("Data") ? element.get("Data").asText() : data;
            String newDesc = text == null && element.hasNonNull("Desc") ? element.get("Desc").asText() : businessId;
            String newExtension = reply.hasNonNull("CloudCustomData") ? reply.get("CloudCustomData").asText() : extensionInfo;
            return new Outgoing(roomId, sender, newText, newDesc, newData, newExtension);
        }
    }

    @Override
    public SendTextMsgResponse sendTextMsg(SendTextMsgRequest request) {
        return new SendTextMsgResponse().response(send(new Outgoing(request.getRoomId(), request.getSenderAccount(),
                request.getTextContent(), null, null, request.getExtensionInfo())));
    }

    @Override
    public SendCustomMsgResponse sendCustomMsg(SendCustomMsgRequest request) {
        String sender = request.getSenderAccount() != null ? request.getSenderAccount() : Caller.identifier();
        return new SendCustomMsgResponse().response(send(new Outgoing(request.getRoomId(), sender, null,
                request.getBusinessId(), request.getData(), null)));
    }

    /**
     * Asks the app, then delivers the message as it was allowed (or changed) under the lock. An app
     * that gives no usable answer lets the message through, as Chat does when its webhook fails.
     */
    private SentMessage send(Outgoing message) {
        state.atomically(() -> {
            rooms.requireRoom(message.roomId());
            return null;
        });
        Webhooks.Answer answer = webhooks.before(new BeforeSendMsgEvent()
                .callbackCommand(BeforeSendMsgEvent.CallbackCommandEnum.GROUP_CALLBACK_BEFORE_SEND_MSG)
                .groupId(message.roomId())
                .type(RoomType.LIVE)
                .fromAccount(message.sender())
                .operatorAccount(Caller.identifier())
                .random(0L)
                .msgBody(message.body())
                .cloudCustomData(message.extensionInfo())
                .eventTime(webhooks.eventTime()));
        Outgoing allowed = message;
        boolean discarded = false;
        if (answer instanceof Webhooks.Answer.Reply reply) {
            int code = reply.errorCode();
            if (Webhooks.MESSAGE_CODES.contains(code)) {
                throw new ServiceException(code, reply.errorInfo());
            }
            if (code == REJECT) {
                throw new ServiceException(ErrorCodes.MESSAGE_REJECTED_BY_WEBHOOK, "the app's server rejected the message");
            }
            discarded = code == DISCARD;
            if (code == ALLOW) {
                allowed = message.changedBy(reply.body());
            } else if (!discarded) {
                throw new ServiceException(ErrorCodes.MESSAGE_REJECTED_BY_WEBHOOK, "the app's server answered " + code + ", which no verdict means");
            }
        }
        Outgoing delivered = allowed;
        boolean silently = discarded;
        return state.atomically(() -> {
            rooms.requireRoom(delivered.roomId());
            MessageStore.Receipt receipt = silently ? messages.discard(delivered.roomId())
                    : messages.send(delivered.roomId(), delivered.sender(), delivered.text(), delivered.businessId(),
                            delivered.data(), delivered.extensionInfo());
            if (!silently && receipt.dropReason().isEmpty()) {
                reportDelivered(delivered, receipt);
            }
            return new SentMessage().msgTime(receipt.time()).msgSeq(receipt.seq()).msgDropReason(receipt.dropReason());
        });
    }

    private void reportDelivered(Outgoing message, MessageStore.Receipt receipt) {
        webhooks.after(new AfterSendMsgEvent()
                .callbackCommand(AfterSendMsgEvent.CallbackCommandEnum.GROUP_CALLBACK_AFTER_SEND_MSG)
                .groupId(message.roomId())
                .type(RoomType.LIVE)
                .fromAccount(message.sender())
                .operatorAccount(Caller.identifier())
                .random(0L)
                .msgSeq(receipt.seq())
                .msgTime(receipt.time())
                .msgBody(message.body())
                .cloudCustomData(message.extensionInfo())
                .eventTime(webhooks.eventTime()));
    }
}

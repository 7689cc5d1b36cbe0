package dev.liveengine.emulator.message;

import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.server.api.MessageApi;
import dev.liveengine.server.model.SendCustomMsgRequest;
import dev.liveengine.server.model.SendCustomMsgResponse;
import dev.liveengine.server.model.SendTextMsgRequest;
import dev.liveengine.server.model.SendTextMsgResponse;
import dev.liveengine.server.model.SentMessage;

/**
 * The Message operations: text and custom messages sent into a room, numbered and timed as the
 * service numbers them and kept for the control API's {@code get_room_messages}. A custom message
 * without a sender comes from the calling administrator (ERRATA MS). A message over the room's
 * rate is accepted but dropped, as {@link MessageStore} says.
 */
public final class MessageProvider implements MessageApi {

    private final MessageStore messages;
    private final RoomStore rooms;

    public MessageProvider(MessageStore messages, RoomStore rooms) {
        this.messages = messages;
        this.rooms = rooms;
    }

    @Override
    public SendTextMsgResponse sendTextMsg(SendTextMsgRequest request) {
        rooms.requireRoom(request.getRoomId());
        return new SendTextMsgResponse().response(sent(messages.send(request.getRoomId(), request.getSenderAccount(),
                request.getTextContent(), null, null, request.getExtensionInfo())));
    }

    @Override
    public SendCustomMsgResponse sendCustomMsg(SendCustomMsgRequest request) {
        rooms.requireRoom(request.getRoomId());
        String sender = request.getSenderAccount() != null ? request.getSenderAccount() : Caller.identifier();
        return new SendCustomMsgResponse().response(sent(messages.send(request.getRoomId(), sender, null,
                request.getBusinessId(), request.getData(), null)));
    }

    private static SentMessage sent(MessageStore.Receipt receipt) {
        return new SentMessage().msgTime(receipt.time()).msgSeq(receipt.seq()).msgDropReason(receipt.dropReason());
    }
}

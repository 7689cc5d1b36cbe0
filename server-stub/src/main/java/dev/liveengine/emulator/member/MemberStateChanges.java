package dev.liveengine.emulator.member;

import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.AfterMemberStateChangedEvent;
import dev.liveengine.server.model.AfterMemberStateChangedEvent.EventCauseEnum;
import dev.liveengine.server.model.AfterMemberStateChangedEvent.EventTypeEnum;
import dev.liveengine.server.model.RoomMember;
import java.util.List;

/**
 * The {@code Live.CallbackAfterMemberStateChanged} webhook, for every way members come and go: end
 * users entering and leaving (the control API's events), robots added and deleted, members banned.
 */
public final class MemberStateChanges {

    private MemberStateChanges() {
    }

    /** Members came into the room ({@code Online}, {@code Enter}). */
    public static AfterMemberStateChangedEvent entered(Webhooks webhooks, String roomId, List<String> members) {
        return event(webhooks, roomId, EventTypeEnum.ONLINE, EventCauseEnum.ENTER, members);
    }

    /** Members left the room by themselves ({@code Offline}, {@code Leave}). */
    public static AfterMemberStateChangedEvent left(Webhooks webhooks, String roomId, List<String> members) {
        return event(webhooks, roomId, EventTypeEnum.OFFLINE, EventCauseEnum.LEAVE, members);
    }

    /** Members were put out of the room ({@code Offline}, {@code Kicked}). */
    public static AfterMemberStateChangedEvent putOut(Webhooks webhooks, String roomId, List<String> members) {
        return event(webhooks, roomId, EventTypeEnum.OFFLINE, EventCauseEnum.KICKED, members);
    }

    private static AfterMemberStateChangedEvent event(Webhooks webhooks, String roomId, EventTypeEnum type, EventCauseEnum cause,
                                                      List<String> members) {
        return new AfterMemberStateChangedEvent()
                .callbackCommand(AfterMemberStateChangedEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_MEMBER_STATE_CHANGED)
                .roomId(roomId)
                .eventType(type)
                .eventCause(cause)
                .memberList(members.stream().map(member -> new RoomMember().memberAccount(member)).toList())
                .eventTime(webhooks.eventTime());
    }
}

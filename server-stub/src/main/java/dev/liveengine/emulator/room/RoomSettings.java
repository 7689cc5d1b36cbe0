package dev.liveengine.emulator.room;

import java.util.List;

/**
 * A room's settings as the owner set them at creation or later: what {@code get_room_info} shows.
 * Null means not set; the documented default applies.
 */
public record RoomSettings(String roomType, String seatTemplate, String takeSeatMode, Integer maxSeatCount,
                           Integer maxMemberCount, Boolean seatEnabled, Boolean unlimitedRoomEnabled,
                           Boolean messageDisabled, Boolean publicVisible, String roomName, String coverUrl,
                           List<Integer> category, Integer activityStatus, String notice) {

    public RoomSettings {
        category = category == null ? null : List.copyOf(category);
    }

    /** These settings with every non-null field of {@code changes} applied. */
    RoomSettings updatedWith(RoomSettings changes) {
        return new RoomSettings(
                pick(changes.roomType, roomType), pick(changes.seatTemplate, seatTemplate),
                pick(changes.takeSeatMode, takeSeatMode), pick(changes.maxSeatCount, maxSeatCount),
                pick(changes.maxMemberCount, maxMemberCount), pick(changes.seatEnabled, seatEnabled),
                pick(changes.unlimitedRoomEnabled, unlimitedRoomEnabled), pick(changes.messageDisabled, messageDisabled), pick(changes.publicVisible, publicVisible),
                pick(changes.roomName, roomName), pick(changes.coverUrl, coverUrl), pick(changes.category, category),
                pick(changes.activityStatus, activityStatus), pick(changes.notice, notice));
    }

    /** Whether the room shows in room lists for end users; the newest docs default it to true. */
    public boolean publiclyVisible() {
        return publicVisible == null || publicVisible;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}

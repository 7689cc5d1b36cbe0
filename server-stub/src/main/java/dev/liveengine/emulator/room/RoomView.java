package dev.liveengine.emulator.room;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What can be read of a room at one moment, for replies and for other groups (gifts, seats). */
public record RoomView(String roomId, String owner, RoomSettings settings, long createTime, List<String> admins,
                       Map<String, String> metadata, int memberCount, long totalViewers, long likes) {

    static RoomView of(Room room) {
        return new RoomView(room.roomId, room.owner, room.settings, room.createTime, List.copyOf(room.admins),
                Collections.unmodifiableMap(new LinkedHashMap<>(room.metadata)), room.members.size(), room.totalViewers, room.likes);
    }
}

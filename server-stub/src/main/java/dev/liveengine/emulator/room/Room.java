package dev.liveengine.emulator.room;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One live room as the emulator keeps it: its settings, owner, administrators, metadata, the members
 * inside it, who is banned or muted until when (epoch seconds), and the counters its statistics come
 * from. Changed only by {@link RoomStore} under the state lock; {@link Snapshot} is its stored form.
 */
final class Room {

    final String roomId;
    final long createTime;
    String owner;
    RoomSettings settings;
    final Set<String> admins = new LinkedHashSet<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    final Set<String> members = new LinkedHashSet<>();
    final Map<String, Long> bannedUntil = new LinkedHashMap<>();
    final Map<String, Long> mutedUntil = new LinkedHashMap<>();
    /** Robot accounts in the room; they are members too, as long as they are robots here. */
    final Set<String> robots = new LinkedHashSet<>();
    /** Entries into the room; a user who comes back counts again, as the service counts it. */
    long totalViewers;
    long likes;

    /** The user is no longer in the room, robot or not; false if the user was not in it. */
    boolean removeMember(String userId) {
        robots.remove(userId);
        return members.remove(userId);
    }

    Room(String roomId, String owner, RoomSettings settings, long createTime) {
        this.roomId = roomId;
        this.owner = owner;
        this.settings = settings;
        this.createTime = createTime;
    }

    /** A room as a state snapshot holds it. */
    record Snapshot(String roomId, String owner, RoomSettings settings, Long createTime, List<String> admins,
                    Map<String, String> metadata, List<String> members, Map<String, Long> bannedUntil,
                    Map<String, Long> mutedUntil, List<String> robots, Long totalViewers, Long likes) {
    }

    /** Copies that keep their order, so that the same state always exports the same bytes. */
    Snapshot snapshot() {
        return new Snapshot(roomId, owner, settings, createTime, List.copyOf(admins), ordered(metadata),
                List.copyOf(members), ordered(bannedUntil), ordered(mutedUntil), List.copyOf(robots), totalViewers, likes);
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static Room of(Snapshot snapshot) {
        Room room = new Room(required(snapshot.roomId(), "RoomId"), required(snapshot.owner(), "Owner"),
                required(snapshot.settings(), "Settings"), required(snapshot.createTime(), "CreateTime"));
        room.admins.addAll(orEmpty(snapshot.admins()));
        room.metadata.putAll(snapshot.metadata() == null ? Map.of() : snapshot.metadata());
        room.members.addAll(orEmpty(snapshot.members()));
        room.bannedUntil.putAll(snapshot.bannedUntil() == null ? Map.of() : snapshot.bannedUntil());
        room.mutedUntil.putAll(snapshot.mutedUntil() == null ? Map.of() : snapshot.mutedUntil());
        room.robots.addAll(orEmpty(snapshot.robots()));
        room.totalViewers = snapshot.totalViewers() == null ? 0 : snapshot.totalViewers();
        room.likes = snapshot.likes() == null ? 0 : snapshot.likes();
        return room;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T required(T value, String what) {
        return dev.liveengine.emulator.state.SnapshotSection.required(value, what);
    }
}

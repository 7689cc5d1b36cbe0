package dev.liveengine.emulator.room;

import java.util.Collection;
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
    final Set<String> members = new LinkedHashSet<>();
    /*
     * Most rooms never have administrators, metadata, bans, mutes or robots. Each of these starts as
     * the one shared empty collection, which reads as any other and ignores removals, and the room
     * gets a collection of its own on the first addition (the methods below): five empty ones of
     * its own were some 300 bytes a room, 30 MB at 100,000 rooms. Read them here; change them only
     * through these methods.
     */
    Set<String> admins = Collections.emptySet();
    Map<String, String> metadata = Collections.emptyMap();
    Map<String, Long> bannedUntil = Collections.emptyMap();
    Map<String, Long> mutedUntil = Collections.emptyMap();
    /** Robot accounts in the room; they are members too, as long as they are robots here. */
    Set<String> robots = Collections.emptySet();
    /** Entries into the room; a user who comes back counts again, as the service counts it. */
    long totalViewers;
    long likes;

    void addAdmins(Collection<String> accounts) {
        if (!accounts.isEmpty()) {
            admins = own(admins);
            admins.addAll(accounts);
        }
    }

    void replaceMetadata(Map<String, String> entries) {
        metadata = entries.isEmpty() ? Collections.emptyMap() : new LinkedHashMap<>(entries);
    }

    void ban(String account, Long until) {
        bannedUntil = own(bannedUntil);
        bannedUntil.put(account, until);
    }

    void mute(String account, Long until) {
        mutedUntil = own(mutedUntil);
        mutedUntil.put(account, until);
    }

    void addRobot(String account) {
        robots = own(robots);
        robots.add(account);
    }

    private static <T> Set<T> own(Set<T> set) {
        return set == Collections.<T>emptySet() ? new LinkedHashSet<>() : set;
    }

    private static <K, V> Map<K, V> own(Map<K, V> map) {
        return map == Collections.<K, V>emptyMap() ? new LinkedHashMap<>() : map;
    }

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
        room.addAdmins(orEmpty(snapshot.admins()));
        room.replaceMetadata(orEmpty(snapshot.metadata()));
        room.members.addAll(orEmpty(snapshot.members()));
        orEmpty(snapshot.bannedUntil()).forEach(room::ban);
        orEmpty(snapshot.mutedUntil()).forEach(room::mute);
        orEmpty(snapshot.robots()).forEach(room::addRobot);
        room.totalViewers = snapshot.totalViewers() == null ? 0 : snapshot.totalViewers();
        room.likes = snapshot.likes() == null ? 0 : snapshot.likes();
        return room;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> T required(T value, String what) {
        return dev.liveengine.emulator.state.SnapshotSection.required(value, what);
    }
}

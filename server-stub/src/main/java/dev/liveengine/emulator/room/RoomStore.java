package dev.liveengine.emulator.room;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotOutput;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.NavigableSet;
import java.util.Map;
import java.util.Optional;

/**
 * The live rooms of the app: their lifecycle, settings, metadata, administrators and members, with
 * the documented limits. Bans and mutes carry an end time and end by themselves when the clock
 * passes it. Paging cursors are positions in a stable order, given out as opaque strings.
 */
public final class RoomStore implements Store {

    public static final int MAX_ADMINS = 5;
    public static final int MAX_METADATA_KEYS = 10;
    public static final int MAX_METADATA_KEY_BYTES = 50;
    public static final int MAX_METADATA_VALUE_BYTES = 2 * 1024;
    public static final int MAX_METADATA_TOTAL_BYTES = 16 * 1024;
    /** The same RoomId can be created at most once per second. */
    private static final long CREATE_INTERVAL_MILLIS = 1000;

    /** One page of a list and the cursor of the next, empty when this was the last. */
    public record Page<T>(List<T> items, String next) {
    }

    private final Clock clock;
    /** get_room_list's order: most entered first, then by ID. */
    private static final Comparator<Room> LIST_ORDER =
            Comparator.comparingLong((Room room) -> room.totalViewers).reversed().thenComparing(room -> room.roomId);

    private final Map<String, Room> rooms = new LinkedHashMap<>();
    /**
     * The rooms in get_room_list's order, most entered first, then by ID: kept as rooms come, go and
     * gain viewers, so that a page costs its own size rather than a sort of every room.
     */
    private final NavigableSet<Room> byViewers = new TreeSet<>(LIST_ORDER);
    /** When each RoomId was last created, oldest first; entries older than a second are dropped. */
    private final LinkedHashMap<String, Long> lastCreatedMillis = new LinkedHashMap<>();

    public RoomStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "room";
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    /**
     * Creates a room. The same ID created again within a second is refused with 100012 before
     * anything else; an existing room with 100010 when the owner is the same, else 100003.
     */
    public void create(String roomId, String owner, RoomSettings settings) {
        long now = clock.millis();
        lastCreatedMillis.values().removeIf(created -> now - created >= CREATE_INTERVAL_MILLIS);
        Long last = lastCreatedMillis.get(roomId);
        if (last != null && now - last < CREATE_INTERVAL_MILLIS) {
            throw new ServiceException(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, "room " + roomId + " was created less than a second ago");
        }
        Room existing = rooms.get(roomId);
        if (existing != null) {
            throw existing.owner.equals(owner)
                    ? new ServiceException(ErrorCodes.ROOM_ALREADY_OWNED_BY_CALLER, "room " + roomId + " already exists and belongs to " + owner)
                    : new ServiceException(ErrorCodes.ROOM_ID_ALREADY_EXISTS, "room " + roomId + " already exists");
        }
        lastCreatedMillis.remove(roomId);
        lastCreatedMillis.put(roomId, now);
        Room created = new Room(roomId, owner, settings, now / 1000);
        rooms.put(roomId, created);
        byViewers.add(created);
    }

    /** The room's current facts; 100004 when it does not exist (never created, or destroyed). */
    public RoomView view(String roomId) {
        return RoomView.of(require(roomId));
    }

    /** Fails with 100004 unless the room exists: for operations of other groups that act in a room. */
    public void requireRoom(String roomId) {
        require(roomId);
    }

    /** Optional lookup for other groups, which must not fail on a missing room themselves. */
    public Optional<RoomView> find(String roomId) {
        return exists(roomId) ? Optional.of(view(roomId)) : Optional.empty();
    }

    /** How many rooms exist. */
    public int count() {
        return rooms.size();
    }

    public boolean exists(String roomId) {
        return rooms.containsKey(roomId);
    }

    public void update(String roomId, RoomSettings changes) {
        Room room = require(roomId);
        room.settings = room.settings.updatedWith(changes);
    }

    /**
     * Rooms by number of viewers, most first (ties by ID), {@code count} at a time, including rooms
     * that are not publicly visible: the list is for the app's server, not for end users.
     */
    /**
     * A page of get_room_list. The cursor is where the previous page stopped, the last room's
     * viewers and ID ({@code 12:live-room}), so a page starts there at once whatever the room count;
     * a room that gains viewers between two pages may move to a page already read, as in any list
     * that changes while it is read.
     */
    public Page<RoomView> list(String cursor, int count) {
        NavigableSet<Room> rest = cursor == null || cursor.isEmpty() ? byViewers : byViewers.tailSet(cursorKey(cursor), false);
        // no rest.size(): a TreeSet's tail view counts its elements one by one
        List<RoomView> items = new ArrayList<>(Math.min(count, rooms.size()));
        Room last = null;
        for (Room room : rest) {
            if (items.size() == count) {
                break;
            }
            items.add(RoomView.of(room));
            last = room;
        }
        boolean more = last != null && byViewers.higher(last) != null;
        return new Page<>(items, more ? last.totalViewers + ":" + last.roomId : "");
    }

    private static Room cursorKey(String cursor) {
        int colon = cursor.indexOf(':');
        try {
            if (colon > 0) {
                Room key = new Room(cursor.substring(colon + 1), null, null, 0);
                key.totalViewers = Long.parseLong(cursor.substring(0, colon));
                return key;
            }
        } catch (NumberFormatException malformed) {
            // refused below
        }
        throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "Next must be a cursor from an earlier page, or empty");
    }

    /** One more viewer for the room, kept in its place in the list order. */
    private void countViewer(Room room) {
        byViewers.remove(room);
        room.totalViewers++;
        byViewers.add(room);
    }

    // ---- owner and administrators -------------------------------------------------------------------

    public void changeOwner(String roomId, String newOwner) {
        Room room = require(roomId);
        if (isBanned(room, newOwner)) {
            throw new ServiceException(ErrorCodes.MEMBER_BANNED, newOwner + " is banned from room " + roomId + "; unban first");
        }
        room.owner = newOwner;
    }

    /** Adds administrators, at most {@value #MAX_ADMINS} in all (100020); adding one twice changes nothing. */
    public void addAdmins(String roomId, Collection<String> accounts) {
        Room room = require(roomId);
        long added = accounts.stream().distinct().filter(account -> !room.admins.contains(account)).count();
        if (room.admins.size() + added > MAX_ADMINS) {
            throw new ServiceException(ErrorCodes.TOO_MANY_ADMINS, "a room has at most " + MAX_ADMINS + " administrators");
        }
        room.addAdmins(accounts);
    }

    public void removeAdmins(String roomId, Collection<String> accounts) {
        require(roomId).admins.removeAll(accounts);
    }

    // ---- metadata -----------------------------------------------------------------------------------

    /** Sets keys (a new key is added, an existing one overwritten) within the documented limits. */
    public void setMetadata(String roomId, Map<String, String> entries) {
        Room room = require(roomId);
        Map<String, String> merged = new LinkedHashMap<>(room.metadata);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey().isEmpty()) {
                // 100503 is documented for del_room_metadata only; set_room_metadata names 100002 for a bad parameter
                throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "a metadata key must not be empty");
            }
            if (bytes(entry.getKey()) > MAX_METADATA_KEY_BYTES) {
                throw new ServiceException(ErrorCodes.METADATA_KEY_TOO_LONG, "metadata key " + entry.getKey() + " is longer than " + MAX_METADATA_KEY_BYTES + " bytes");
            }
            if (bytes(entry.getValue()) > MAX_METADATA_VALUE_BYTES) {
                throw new ServiceException(ErrorCodes.METADATA_VALUE_TOO_LARGE, "the value of " + entry.getKey() + " is larger than " + MAX_METADATA_VALUE_BYTES + " bytes");
            }
            merged.put(entry.getKey(), entry.getValue());
        }
        if (merged.size() > MAX_METADATA_KEYS) {
            throw new ServiceException(ErrorCodes.TOO_MANY_METADATA_KEYS, "a room has at most " + MAX_METADATA_KEYS + " metadata keys");
        }
        if (merged.values().stream().mapToInt(RoomStore::bytes).sum() > MAX_METADATA_TOTAL_BYTES) {
            throw new ServiceException(ErrorCodes.METADATA_TOTAL_TOO_LARGE, "a room's metadata values total at most " + MAX_METADATA_TOTAL_BYTES + " bytes");
        }
        room.replaceMetadata(merged);
    }

    /** The entries of {@code keys}, or all of them when {@code keys} is empty; absent keys are left out. */
    public Map<String, String> metadata(String roomId, Collection<String> keys) {
        Map<String, String> all = require(roomId).metadata;
        if (keys.isEmpty()) {
            return new LinkedHashMap<>(all);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        keys.stream().filter(all::containsKey).forEach(key -> chosen.put(key, all.get(key)));
        return chosen;
    }

    /**
     * Deletes the entries of {@code keys}. A request without a single usable (non-empty) key is
     * refused with 100503; a key the room does not have is usable, so deleting again succeeds.
     */
    public void deleteMetadata(String roomId, Collection<String> keys) {
        Room room = require(roomId);
        if (keys.stream().allMatch(String::isEmpty)) {
            throw new ServiceException(ErrorCodes.NO_VALID_METADATA_KEY, "Keys holds no metadata key to delete");
        }
        room.metadata.keySet().removeAll(keys);
    }

    // ---- members, bans and mutes --------------------------------------------------------------------

    /** A user enters the room (an end-user event): refused while banned; counts as a viewer. */
    public void enter(String roomId, String userId) {
        Room room = require(roomId);
        if (isBanned(room, userId)) {
            throw new ServiceException(ErrorCodes.MEMBER_BANNED, userId + " is banned from room " + roomId);
        }
        if (room.members.add(userId)) {
            countViewer(room);
        }
    }

    /** A user leaves the room (an end-user event). */
    public void leave(String roomId, String userId) {
        if (!require(roomId).removeMember(userId)) {
            throw new ServiceException(ErrorCodes.USER_NOT_IN_ROOM, userId + " is not in room " + roomId);
        }
    }

    public boolean isMember(String roomId, String userId) {
        return require(roomId).members.contains(userId);
    }

    /** The members in the order they entered, {@code count} at a time. */
    public Page<String> members(String roomId, String cursor, int count) {
        Room room = require(roomId);
        return page(room.members, room.members.size(), cursor, count);
    }

    public int memberCount(String roomId) {
        return require(roomId).members.size();
    }

    /** Bans the accounts for {@code seconds}; a banned member is put out of the room. */
    public void ban(String roomId, Collection<String> accounts, long seconds) {
        Room room = require(roomId);
        long until = endAfter(seconds);
        accounts.forEach(account -> {
            room.ban(account, until);
            room.removeMember(account);
        });
    }

    public void unban(String roomId, Collection<String> accounts) {
        require(roomId).bannedUntil.keySet().removeAll(accounts);
    }

    /** The bans still in force, by account, with their end in epoch seconds. */
    public Map<String, Long> bans(String roomId) {
        return inForce(require(roomId).bannedUntil);
    }

    /** Mutes the accounts for {@code seconds}; 0 lifts the mute. */
    public void mute(String roomId, Collection<String> accounts, long seconds) {
        Room room = require(roomId);
        long until = endAfter(seconds);
        accounts.forEach(account -> {
            if (seconds == 0) {
                room.mutedUntil.remove(account);
            } else {
                room.mute(account, until);
            }
        });
    }

    /** The mutes still in force, by account, with their end in epoch seconds. */
    public Map<String, Long> mutes(String roomId) {
        return inForce(require(roomId).mutedUntil);
    }

    // ---- robots ---------------------------------------------------------------------------------------

    /** At most this many robots in a room, as documented for add_robot. */
    public static final int MAX_ROBOTS = 3;

    /** Robots join the room as members; the room keeps at most {@value #MAX_ROBOTS}. */
    public void addRobots(String roomId, Collection<String> accounts) {
        Room room = require(roomId);
        long added = accounts.stream().distinct().filter(account -> !room.robots.contains(account)).count();
        if (room.robots.size() + added > MAX_ROBOTS) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "a room has at most " + MAX_ROBOTS + " robots");
        }
        accounts.forEach(account -> {
            room.addRobot(account);
            if (room.members.add(account)) {
                countViewer(room);
            }
        });
    }

    /** Robots leave the room; an account that is not a robot here is left alone. Returns the robots that left. */
    public List<String> removeRobots(String roomId, Collection<String> accounts) {
        Room room = require(roomId);
        List<String> left = accounts.stream().distinct().filter(room.robots::contains).toList();
        left.forEach(room::removeMember);
        return left;
    }

    public List<String> robots(String roomId) {
        return List.copyOf(require(roomId).robots);
    }

    // ---- store ------------------------------------------------------------------------------------------

    @Override
    public void forgetRoom(String roomId) {
        Room removed = rooms.remove(roomId);
        if (removed != null) {
            byViewers.remove(removed);
        }
    }

    @Override
    public void clear() {
        rooms.clear();
        byViewers.clear();
        lastCreatedMillis.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        return SnapshotOutput.tree(this, json);
    }

    @Override
    public void writeExport(JsonGenerator out, ObjectMapper json) throws IOException {
        out.writeStartObject();
        // each room's snapshot is made as it is written, not all of them first
        Iterable<Room.Snapshot> snapshots = () -> rooms.values().stream().map(Room::snapshot).iterator();
        SnapshotOutput.writeList(out, "Rooms", snapshots, json);
        out.writeEndObject();
    }

    private static final SnapshotSection.Field<List<Room>> ROOMS = SnapshotSection.list("Rooms", Room.Snapshot.class, Room::of);

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        List<Room> restored = section.read(ROOMS).get(ROOMS);
        return () -> {
            clear();
            restored.forEach(room -> rooms.put(room.roomId, room));
            byViewers.addAll(restored);
        };
    }

    private Room require(String roomId) {
        Room room = rooms.get(roomId);
        if (room == null) {
            throw new ServiceException(ErrorCodes.ROOM_NOT_FOUND, "room " + roomId + " does not exist");
        }
        return room;
    }

    private boolean isBanned(Room room, String account) {
        Long until = room.bannedUntil.get(account);
        return until != null && until > nowSeconds();
    }

    private Map<String, Long> inForce(Map<String, Long> untils) {
        long now = nowSeconds();
        Map<String, Long> current = new LinkedHashMap<>();
        untils.forEach((account, until) -> {
            if (until > now) {
                current.put(account, until);
            }
        });
        return current;
    }

    /** Now plus {@code seconds}; a duration no one will live to see ends at the end of time instead of wrapping round. */
    private long endAfter(long seconds) {
        try {
            return Math.addExact(nowSeconds(), seconds);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private long nowSeconds() {
        return clock.millis() / 1000;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The page of {@code ordered} that starts at {@code cursor} (an offset; empty for the first page). */
    /** A page of {@code ordered} by offset, read without copying what comes before or after it. */
    private static Page<String> page(Iterable<String> ordered, int size, String cursor, int count) {
        int from;
        try {
            from = cursor == null || cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "Next must be a cursor from an earlier page, or empty");
        }
        if (from < 0 || from > size) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "Next must be a cursor from an earlier page, or empty");
        }
        int to = Math.min(size, from + count);
        List<String> items = new ArrayList<>(to - from);
        int index = 0;
        for (String item : ordered) {
            if (index >= to) {
                break;
            }
            if (index++ >= from) {
                items.add(item);
            }
        }
        return new Page<>(items, to < size ? Integer.toString(to) : "");
    }
}

package dev.liveengine.emulator.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages sent into each room by the message commands: numbered per room as the service numbers
 * them ({@code MsgSeq}), counted for the room statistics, and the latest {@value #KEPT_PER_ROOM}
 * kept for the control API to show, so a long-running emulator does not grow without bound.
 *
 * <p>A room takes at most {@value #DELIVERED_PER_SECOND} messages a second, Chat's limit for one
 * group: a message over it is still accepted and numbered (the recorded reply of a dropped message
 * is OK and carries a {@code MsgSeq}), but it is dropped with {@value #DROPPED_BY_RATE} instead of
 * being delivered, kept or counted (ERRATA MS).
 */
public final class MessageStore implements Store {

    static final int KEPT_PER_ROOM = 1000;
    static final int DELIVERED_PER_SECOND = 40;
    public static final String DROPPED_BY_RATE = "MsgFreqCtrl";

    /** One message: a text one ({@code text}) or a custom one ({@code businessId} and {@code data}). */
    public record Message(Long seq, Long time, String sender, String text, String businessId, String data, String extensionInfo) {

        public Message {
            SnapshotSection.required(seq, "Seq");
            SnapshotSection.required(time, "Time");
        }
    }

    /** What the sender is told of a message: its number and time, and why it was dropped (empty if it was not). */
    public record Receipt(long seq, long time, String dropReason) {
    }

    /** A room's messages as a snapshot holds them. */
    record RoomMessages(String roomId, Long lastSeq, Long sent, List<Message> latest) {
    }

    private static final class Room {
        long lastSeq;
        long sent;
        final Deque<Message> latest = new ArrayDeque<>();
        /** The second the room last delivered in, and how many it delivered in it; not part of a snapshot, like every rate counter. */
        long second = Long.MIN_VALUE;
        int deliveredThisSecond;
    }

    private final Clock clock;
    private final Map<String, Room> rooms = new LinkedHashMap<>();

    public MessageStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "message";
    }

    /** Numbers a message sent into the room and delivers it, unless the room's limit for this second is used up. */
    public Receipt send(String roomId, String sender, String text, String businessId, String data, String extensionInfo) {
        Room room = rooms.computeIfAbsent(roomId, id -> new Room());
        long now = clock.instant().getEpochSecond();
        long seq = ++room.lastSeq;
        if (room.second != now) {
            room.second = now;
            room.deliveredThisSecond = 0;
        }
        if (room.deliveredThisSecond == DELIVERED_PER_SECOND) {
            return new Receipt(seq, now, DROPPED_BY_RATE);
        }
        room.deliveredThisSecond++;
        room.sent++;
        if (room.latest.size() == KEPT_PER_ROOM) {
            room.latest.removeFirst();
        }
        room.latest.addLast(new Message(seq, now, sender, text, businessId, data, extensionInfo));
        return new Receipt(seq, now, "");
    }

    /**
     * Numbers a message that the app's webhook discarded: its sender is told it was sent, but it is
     * neither delivered, kept nor counted.
     */
    public Receipt discard(String roomId) {
        Room room = rooms.computeIfAbsent(roomId, id -> new Room());
        return new Receipt(++room.lastSeq, clock.instant().getEpochSecond(), "");
    }

    /** How many messages were delivered into the room. */
    public long sentTo(String roomId) {
        Room room = rooms.get(roomId);
        return room == null ? 0 : room.sent;
    }

    /** The latest messages of the room, oldest first. */
    public List<Message> latest(String roomId) {
        Room room = rooms.get(roomId);
        return room == null ? List.of() : List.copyOf(room.latest);
    }

    @Override
    public void forgetRoom(String roomId) {
        rooms.remove(roomId);
    }

    @Override
    public void clear() {
        rooms.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        ObjectNode section = json.createObjectNode();
        section.set("Rooms", json.valueToTree(rooms.entrySet().stream()
                .map(room -> new RoomMessages(room.getKey(), room.getValue().lastSeq, room.getValue().sent,
                        List.copyOf(room.getValue().latest))).toList()));
        return section;
    }

    private static final SnapshotSection.Field<List<RoomMessages>> ROOMS = SnapshotSection.list("Rooms", RoomMessages.class);

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        List<RoomMessages> restored = section.read(ROOMS).get(ROOMS);
        restored.forEach(room -> SnapshotSection.required(room.roomId(), "RoomId"));
        return () -> {
            clear();
            restored.forEach(snapshot -> {
                Room room = new Room();
                room.sent = snapshot.sent() == null ? 0 : snapshot.sent();
                room.latest.addAll(snapshot.latest() == null ? List.of() : snapshot.latest());
                // without LastSeq, the next number follows every number the room has used: dropped messages
                // take numbers without being counted, so the highest kept one may be above the count
                room.lastSeq = snapshot.lastSeq() != null ? snapshot.lastSeq()
                        : Math.max(room.sent, room.latest.stream().mapToLong(Message::seq).max().orElse(0));
                rooms.put(snapshot.roomId(), room);
            });
        };
    }
}

package dev.liveengine.emulator.seat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomSettings;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seats of each room and who sits on them. Until an operation first changes a room's seats they
 * are all free, as many as its settings say ({@link #seatCount}); from then on the store remembers
 * them and keeps their number (no documented command changes a room's seat settings after creation).
 * Reads and refused calls remember nothing, so they leave a state snapshot as it was. One seat holds
 * at most one user, one user holds at most one seat of a room, and a locked seat is always free.
 *
 * <p>The store knows rooms only through what the providers pass in: the room's settings (the caller
 * has found the room, or answered 100004) and, for {@link #pick}, the caller's check that the user is
 * a member of it (100005). Who leaves a room or is banned from it loses their seat through
 * {@link #forgetMember}.
 */
public final class SeatStore implements Store {

    /**
     * The most seats the emulator lays out for one room. The vendor bounds MaxSeatCount by the app's
     * package without publishing the figure; this bound is the emulator's own, so that a huge
     * MaxSeatCount cannot make a seat list of millions.
     */
    public static final int MAX_SEATS = 100;
    /** "VideoDynamicGrid9Seats", "VideoLandscape4Seats", and the console's "VideoLandscape4Seat". */
    private static final Pattern SEATS_IN_TEMPLATE = Pattern.compile("(\\d+)Seats?$");

    /** What {@link #move} does when the destination is taken: move_user_to_seat's Policy 0, 1 and 2. */
    public enum WhenTaken {
        /** Policy 0: the call fails with 100201 and nobody moves. */
        FAIL,
        /** Policy 1: the user moves and the occupant is taken off the seat. */
        REPLACE,
        /** Policy 2: the two users swap seats. */
        SWAP
    }

    private final Map<String, RoomSeats> rooms = new LinkedHashMap<>();

    @Override
    public String name() {
        return "seat";
    }

    /**
     * How many seats a room with these settings has: the number in its seat template when the name
     * ends in one ({@code VideoDynamicGrid9Seats} has 9), since the video templates fix their seat
     * count; else {@code MaxSeatCount}, which the spec says counts only for the voice templates
     * ({@code AudioSalon}, {@code Karaoke}); else none, and the room answers 100211. At most
     * {@link #MAX_SEATS}.
     */
    static int seatCount(RoomSettings settings) {
        Matcher inTemplate = SEATS_IN_TEMPLATE.matcher(settings.seatTemplate() == null ? "" : settings.seatTemplate());
        int count;
        if (inTemplate.find()) {
            count = Integer.parseInt(inTemplate.group(1));
        } else {
            count = settings.maxSeatCount() == null ? 0 : settings.maxSeatCount();
        }
        return Math.min(Math.max(count, 0), MAX_SEATS);
    }

    /** The room's seats in order (get_seat_list); empty for a room without seats. */
    public List<Seat> list(String roomId, RoomSettings settings) {
        return seats(roomId, settings).seats();
    }

    /**
     * Seats a member of the room (pick_user_on_seat); the caller has checked membership (100005).
     * Refused, in this order, when the room has no seats (100211), the number is past the last seat
     * (100002), the user already sits on a seat (100210), no seat is free and unlocked (100205), the
     * seat is locked (100200) or someone sits on it (100201).
     */
    public void pick(String roomId, RoomSettings settings, int index, String user) {
        RoomSeats seats = seats(roomId, settings);
        Seat seat = seats.numbered(roomId, index);
        Integer current = seats.seatOf(user);
        if (current != null) {
            throw new ServiceException(ErrorCodes.USER_ALREADY_ON_SEAT, user + " already sits on seat " + current);
        }
        // "all seats taken" says more than "this seat is taken": trying another seat will not help
        if (!seats.anyAvailable()) {
            throw new ServiceException(ErrorCodes.ALL_SEATS_TAKEN, "every seat of room " + roomId + " is taken or locked");
        }
        if (seat.takenDisabled()) {
            throw new ServiceException(ErrorCodes.SEAT_LOCKED, "seat " + index + " is locked");
        }
        if (seat.member() != null) {
            throw new ServiceException(ErrorCodes.SEAT_OCCUPIED, "seat " + index + " is taken by " + seat.member());
        }
        seats.sit(index, user);
        keep(roomId, seats);
    }

    /** Takes a user off their seat (kick_user_off_seat); a user on no seat is left as is (ST11). */
    public void kick(String roomId, String user) {
        RoomSeats seats = rooms.get(roomId);
        if (seats != null) {
            seats.vacate(user);
        }
    }

    /**
     * Sets a seat's blocks (lock_seat); a flag left null keeps its value. Locking a seat takes whoever
     * sits on it off first (ST14). 100211 for a room without seats, 100002 past the last seat.
     */
    public void lock(String roomId, RoomSettings settings, int index, Boolean taken, Boolean video, Boolean audio) {
        RoomSeats seats = seats(roomId, settings);
        Seat seat = seats.numbered(roomId, index);
        boolean locked = taken != null ? taken : seat.takenDisabled();
        seats.replace(new Seat(index, locked ? null : seat.member(), locked,
                video != null ? video : seat.videoDisabled(),
                audio != null ? audio : seat.audioDisabled()));
        keep(roomId, seats);
    }

    /**
     * Moves a seated user to seat {@code index} (move_user_to_seat; switch_seat with
     * {@link WhenTaken#FAIL}). Refused when the user sits on no seat (100206, also in a room without
     * seats), the number is past the last seat (100002), the seat is locked (100200) or, with
     * {@link WhenTaken#FAIL}, taken (100201). Moving to one's own seat changes nothing.
     */
    public void move(String roomId, RoomSettings settings, int index, String user, WhenTaken whenTaken) {
        RoomSeats seats = seats(roomId, settings);
        Integer from = seats.seatOf(user);
        if (from == null) {
            throw new ServiceException(ErrorCodes.USER_NOT_ON_SEAT, user + " is not on a seat of room " + roomId);
        }
        Seat target = seats.numbered(roomId, index);
        if (from == index) {
            return;
        }
        // a locked seat is one nobody can take, by a move as much as by a pick
        if (target.takenDisabled()) {
            throw new ServiceException(ErrorCodes.SEAT_LOCKED, "seat " + index + " is locked");
        }
        String occupant = target.member();
        if (occupant != null && whenTaken == WhenTaken.FAIL) {
            throw new ServiceException(ErrorCodes.SEAT_OCCUPIED, "seat " + index + " is taken by " + occupant);
        }
        // REPLACE leaves the occupant without a seat; SWAP seats them where the user was
        seats.sit(from, whenTaken == WhenTaken.SWAP ? occupant : null);
        seats.sit(index, user);
    }

    /** A member who left the room or was banned from it loses their seat. */
    @Override
    public void forgetMember(String roomId, String userId) {
        kick(roomId, userId);
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
                .map(room -> room.getValue().snapshot(room.getKey())).toList()));
        return section;
    }

    /**
     * Reads {@code {"Rooms": [{"RoomId", "Seats": [{"Index", "Member", "TakenDisabled",
     * "VideoDisabled", "AudioDisabled"}]}]}}. The seats are taken as they are, even where their number
     * differs from what the room's settings would lay out, so that a fixture can hold a short list.
     */
    private static final SnapshotSection.Field<List<RoomSeats.Snapshot>> ROOMS = SnapshotSection.list("Rooms", RoomSeats.Snapshot.class);

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        Map<String, RoomSeats> restored = new LinkedHashMap<>();
        for (RoomSeats.Snapshot room : section.read(ROOMS).get(ROOMS)) {
            if (restored.put(room.roomId(), RoomSeats.of(room)) != null) {
                throw new IllegalArgumentException("room " + room.roomId() + " is listed twice");
            }
        }
        return () -> {
            clear();
            rooms.putAll(restored);
        };
    }

    /** The room's seats as remembered, else all free as its settings lay them out. */
    private RoomSeats seats(String roomId, RoomSettings settings) {
        RoomSeats seats = rooms.get(roomId);
        return seats != null ? seats : RoomSeats.free(seatCount(settings));
    }

    /** Remembers a room's seats once an operation has changed them. */
    private void keep(String roomId, RoomSeats seats) {
        rooms.putIfAbsent(roomId, seats);
    }
}

package dev.liveengine.emulator.seat;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.server.api.ErrorCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seats of one room, in order. A seat holds at most one user by construction; that a user
 * holds at most one seat, and that a locked seat is free, is kept by {@link SeatStore}'s operations
 * and checked here when a snapshot is read. Seats are few (at most {@link SeatStore#MAX_SEATS}), so
 * finding a user's seat is a scan rather than a second map that would have to be kept in step.
 */
final class RoomSeats {

    /** A room's seats as a snapshot holds them. */
    record Snapshot(String roomId, List<Seat> seats) {
    }

    private final Seat[] seats;

    private RoomSeats(Seat[] seats) {
        this.seats = seats;
    }

    static RoomSeats free(int count) {
        Seat[] seats = new Seat[count];
        for (int i = 0; i < count; i++) {
            seats[i] = Seat.free(i);
        }
        return new RoomSeats(seats);
    }

    List<Seat> seats() {
        return List.of(seats);
    }

    /**
     * The seat numbered {@code index}: 100211 when the room has no seats at all (the code lock_seat
     * and pick_user_on_seat document), 100002 for a number past the last seat (ST4).
     */
    Seat numbered(String roomId, int index) {
        if (seats.length == 0) {
            throw new ServiceException(ErrorCodes.SEATS_NOT_SUPPORTED, "room " + roomId + " has no seats");
        }
        if (index < 0 || index >= seats.length) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "room " + roomId + " has seats 0 to " + (seats.length - 1));
        }
        return seats[index];
    }

    /** The number of the seat {@code user} sits on, or null. */
    Integer seatOf(String user) {
        for (Seat seat : seats) {
            if (user.equals(seat.member())) {
                return seat.index();
            }
        }
        return null;
    }

    boolean anyAvailable() {
        for (Seat seat : seats) {
            if (seat.available()) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code user} (or nobody, for null) on seat {@code index}, whoever sat there before. */
    void sit(int index, String user) {
        seats[index] = seats[index].withMember(user);
    }

    void replace(Seat seat) {
        seats[seat.index()] = seat;
    }

    /** Takes {@code user} off their seat; false when they sat on none. */
    boolean vacate(String user) {
        Integer index = seatOf(user);
        if (index == null) {
            return false;
        }
        sit(index, null);
        return true;
    }

    Snapshot snapshot(String roomId) {
        return new Snapshot(roomId, seats());
    }

    /** Reads a snapshot, refusing one that breaks a rule the operations keep. */
    static RoomSeats of(Snapshot snapshot) {
        String roomId = SnapshotSection.required(snapshot.roomId(), "RoomId");
        List<Seat> seats = snapshot.seats() == null ? List.of() : snapshot.seats();
        if (seats.contains(null)) {
            throw new IllegalArgumentException("the seats of room " + roomId + " hold a null entry");
        }
        Set<String> seated = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            if (seat.index() != i) {
                throw new IllegalArgumentException("the seats of room " + roomId + " must be numbered 0, 1, 2... in order");
            }
            if (seat.member() != null && !seated.add(seat.member())) {
                throw new IllegalArgumentException(seat.member() + " sits on two seats of room " + roomId);
            }
            if (seat.member() != null && seat.takenDisabled()) {
                throw new IllegalArgumentException("seat " + i + " of room " + roomId + " is locked, so nobody can sit on it");
            }
        }
        return new RoomSeats(seats.toArray(Seat[]::new));
    }
}

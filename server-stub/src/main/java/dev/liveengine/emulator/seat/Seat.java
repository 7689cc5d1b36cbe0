package dev.liveengine.emulator.seat;

import dev.liveengine.emulator.state.SnapshotSection;

/**
 * One seat as {@code get_seat_list} reports it and a snapshot holds it: its number (from 0), who sits
 * on it ({@code null} while it is free) and the three blocks {@code lock_seat} sets.
 */
public record Seat(Integer index, String member, boolean takenDisabled, boolean videoDisabled, boolean audioDisabled) {

    public Seat {
        SnapshotSection.required(index, "Index");
    }

    static Seat free(int index) {
        return new Seat(index, null, false, false, false);
    }

    Seat withMember(String newMember) {
        return new Seat(index, newMember, takenDisabled, videoDisabled, audioDisabled);
    }

    /** Nobody sits on it and it is not locked: a seat a user can be put on. */
    boolean available() {
        return member == null && !takenDisabled;
    }
}

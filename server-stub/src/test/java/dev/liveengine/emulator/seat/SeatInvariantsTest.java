package dev.liveengine.emulator.seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomSettings;
import dev.liveengine.emulator.seat.SeatStore.WhenTaken;
import dev.liveengine.server.api.ErrorCodes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A long random sequence of seat operations, from a fixed seed, run against the store and against a
 * model of plain arrays: after every step both agree on the outcome (done, or which code) and on who
 * sits where, and the store never has two users on one seat, one user on two seats or anyone on a
 * locked seat.
 */
class SeatInvariantsTest {

    private static final long SEED = 20261130L;
    private static final int STEPS = 5_000;
    private static final int SEATS = 5;
    private static final RoomSettings SETTINGS = new RoomSettings("Live", "AudioSalon", null, SEATS, null, null, null, null,
            null, null, null, null, null, null);
    private static final List<String> USERS = List.of("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    private static final int DONE = 0;

    private final SeatStore store = new SeatStore();
    private final Random random = new Random(SEED);
    // the model: who sits on each seat, and which seats are locked
    private final String[] who = new String[SEATS];
    private final boolean[] locked = new boolean[SEATS];
    /** The outcomes each operation ended with, to show that the sequence reaches them all. */
    private final TreeMap<String, Set<Integer>> outcomes = new TreeMap<>();

    @Test
    void aRandomSequenceKeepsEveryInvariantAndMatchesTheModel() {
        for (int step = 0; step < STEPS; step++) {
            String user = USERS.get(random.nextInt(USERS.size()));
            // one number past the last seat, now and then
            int index = random.nextInt(SEATS + 1);
            switch (random.nextInt(6)) {
                case 0, 1 -> check(step, "pick", () -> store.pick("r", SETTINGS, index, user), () -> pick(index, user));
                case 2 -> check(step, "kick", () -> store.kick("r", user), () -> kick(user));
                case 3 -> {
                    Boolean taken = flag();
                    Boolean video = flag();
                    Boolean audio = flag();
                    check(step, "lock", () -> store.lock("r", SETTINGS, index, taken, video, audio), () -> lock(index, taken));
                }
                case 4 -> {
                    WhenTaken policy = WhenTaken.values()[random.nextInt(3)];
                    check(step, "move " + policy, () -> store.move("r", SETTINGS, index, user, policy), () -> move(index, user, policy));
                }
                default -> check(step, "leave", () -> store.forgetMember("r", user), () -> kick(user));
            }
        }
        assertEquals(Set.of(DONE, ErrorCodes.INVALID_PARAMETER, ErrorCodes.USER_ALREADY_ON_SEAT, ErrorCodes.ALL_SEATS_TAKEN,
                ErrorCodes.SEAT_LOCKED, ErrorCodes.SEAT_OCCUPIED), outcomes.get("pick"), "every outcome of a pick is reached");
        for (WhenTaken policy : WhenTaken.values()) {
            assertTrue(outcomes.get("move " + policy).containsAll(Set.of(DONE, ErrorCodes.USER_NOT_ON_SEAT, ErrorCodes.SEAT_LOCKED)),
                    () -> "move " + policy + " reached " + outcomes.get("move " + policy));
        }
        assertTrue(outcomes.get("move FAIL").contains(ErrorCodes.SEAT_OCCUPIED));
    }

    private Boolean flag() {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> true;
            default -> false;
        };
    }

    private void check(int step, String operation, Runnable onStore, Supplier<Integer> onModel) {
        int expected = onModel.get();
        int actual = DONE;
        try {
            onStore.run();
        } catch (ServiceException refused) {
            actual = refused.errorCode();
        }
        String where = "step " + step + ", " + operation;
        assertEquals(expected, actual, where);
        outcomes.computeIfAbsent(operation, name -> new TreeSet<>()).add(actual);

        List<Seat> seats = store.list("r", SETTINGS);
        assertEquals(Arrays.asList(who), seats.stream().map(Seat::member).toList(), where);
        Set<String> seated = new HashSet<>();
        for (Seat seat : seats) {
            assertEquals(locked[seat.index()], seat.takenDisabled(), where);
            if (seat.member() != null && !seated.add(seat.member())) {
                fail(where + ": " + seat.member() + " sits on two seats");
            }
            if (seat.takenDisabled()) {
                assertNull(seat.member(), where + ": someone sits on locked seat " + seat.index());
            }
        }
    }

    // ---- the model: the documented rules, in the documented order, on plain arrays --------------------

    private int pick(int index, String user) {
        if (index >= SEATS) {
            return ErrorCodes.INVALID_PARAMETER;
        }
        if (seatOf(user) >= 0) {
            return ErrorCodes.USER_ALREADY_ON_SEAT;
        }
        boolean anyAvailable = false;
        for (int i = 0; i < SEATS; i++) {
            anyAvailable |= who[i] == null && !locked[i];
        }
        if (!anyAvailable) {
            return ErrorCodes.ALL_SEATS_TAKEN;
        }
        if (locked[index]) {
            return ErrorCodes.SEAT_LOCKED;
        }
        if (who[index] != null) {
            return ErrorCodes.SEAT_OCCUPIED;
        }
        who[index] = user;
        return DONE;
    }

    private int kick(String user) {
        int seat = seatOf(user);
        if (seat >= 0) {
            who[seat] = null;
        }
        return DONE;
    }

    private int lock(int index, Boolean taken) {
        if (index >= SEATS) {
            return ErrorCodes.INVALID_PARAMETER;
        }
        if (taken != null) {
            locked[index] = taken;
        }
        if (locked[index]) {
            who[index] = null;
        }
        return DONE;
    }

    private int move(int index, String user, WhenTaken policy) {
        int from = seatOf(user);
        if (from < 0) {
            return ErrorCodes.USER_NOT_ON_SEAT;
        }
        if (index >= SEATS) {
            return ErrorCodes.INVALID_PARAMETER;
        }
        if (from == index) {
            return DONE;
        }
        if (locked[index]) {
            return ErrorCodes.SEAT_LOCKED;
        }
        String occupant = who[index];
        if (occupant != null && policy == WhenTaken.FAIL) {
            return ErrorCodes.SEAT_OCCUPIED;
        }
        who[from] = policy == WhenTaken.SWAP ? occupant : null;
        who[index] = user;
        return DONE;
    }

    private int seatOf(String user) {
        for (int i = 0; i < SEATS; i++) {
            if (user.equals(who[i])) {
                return i;
            }
        }
        return -1;
    }
}

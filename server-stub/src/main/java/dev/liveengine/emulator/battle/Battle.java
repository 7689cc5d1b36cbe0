package dev.liveengine.emulator.battle;

import dev.liveengine.emulator.state.SnapshotSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One battle, as get_battle_info reads it and a snapshot holds it: the challenging room, the rooms
 * that joined, when it started (epoch milliseconds) and for how long (milliseconds, as documented),
 * and each room's score. It runs until its start plus its duration on the store's clock, and nothing
 * else ends it; a start still to come (which only a snapshot can hold) counts as running, since the
 * emulator starts every battle it creates at once and never answers 100420, not started.
 * Immutable: a change of score is a new {@code Battle}.
 */
public record Battle(String battleId, String fromRoom, List<String> toRooms, Integer durationMillis, Long startMillis,
                     Map<String, Long> scores, String extensionInfo) {

    /** Checks what a snapshot could get wrong; every room gets a score, 0 when none is given. */
    public Battle {
        SnapshotSection.required(battleId, "BattleId");
        SnapshotSection.required(fromRoom, "FromRoom");
        SnapshotSection.required(durationMillis, "DurationMillis");
        SnapshotSection.required(startMillis, "StartMillis");
        if (durationMillis < 1) {
            throw new IllegalArgumentException("battle " + battleId + " must last at least 1 millisecond");
        }
        toRooms = List.copyOf(toRooms == null ? List.of() : toRooms);
        Map<String, Long> given = scores == null ? Map.of() : scores;
        Map<String, Long> all = new LinkedHashMap<>();
        for (String room : rooms(fromRoom, toRooms)) {
            Long score = given.get(room);
            all.put(room, score == null ? 0L : score);
        }
        if (!all.keySet().containsAll(given.keySet())) {
            throw new IllegalArgumentException("battle " + battleId + " has a score for a room not in it");
        }
        scores = Collections.unmodifiableMap(all);
    }

    /** The challenging room first, then the challenged ones. */
    List<String> rooms() {
        return rooms(fromRoom, toRooms);
    }

    private static List<String> rooms(String fromRoom, List<String> toRooms) {
        List<String> rooms = new ArrayList<>();
        rooms.add(fromRoom);
        rooms.addAll(toRooms);
        return rooms;
    }

    boolean runningAt(long nowMillis) {
        return nowMillis < endMillis();
    }

    long endMillis() {
        return startMillis + durationMillis;
    }

    boolean involves(String roomId) {
        return fromRoom.equals(roomId) || toRooms.contains(roomId);
    }

    Battle withScores(Map<String, Long> newScores) {
        return new Battle(battleId, fromRoom, toRooms, durationMillis, startMillis, newScores, extensionInfo);
    }

    /** This battle without one of its challenged rooms and that room's score. */
    Battle withoutChallenged(String roomId) {
        Map<String, Long> remaining = new LinkedHashMap<>(scores);
        remaining.remove(roomId);
        return new Battle(battleId, fromRoom, toRooms.stream().filter(room -> !room.equals(roomId)).toList(),
                durationMillis, startMillis, remaining, extensionInfo);
    }
}

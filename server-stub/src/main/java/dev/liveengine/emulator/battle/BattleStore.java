package dev.liveengine.emulator.battle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The battles (PK) between rooms. Time comes from the injectable clock: a battle is over once its
 * duration has passed, with no timer of its own. IDs are {@code battle_1}, {@code battle_2}... so runs
 * are repeatable. A room is in at most one running battle. Ended battles stay readable.
 */
public final class BattleStore implements Store {

    /** What {@link #create} did for one challenged room: create_battle's per-room {@code ResultCode}. */
    public record Invitation(String roomId, int resultCode) {
        public static final int JOINED = 0;
        public static final int IN_ANOTHER_BATTLE = 3;
        /** No such room. The docs give no value for it; 5 ("system error") is their only other failure. */
        public static final int NOT_A_ROOM = 5;
    }

    /** The outcome of {@link #create}: the new battle's ID and one invitation per challenged room. */
    public record Created(String battleId, List<Invitation> invitations) {
    }

    /** set_battle_score's per-room {@code ResultCode}: applied, or the room is not in the battle. */
    public static final int SCORE_SET = 0;
    public static final int NOT_IN_BATTLE = 1;

    private final Clock clock;
    private final Map<String, Battle> battles = new LinkedHashMap<>();
    /** Battles whose end has not been reported yet; like a rate counter, not part of a snapshot. */
    private final Set<String> endNotReported = new LinkedHashSet<>();
    private long lastId;

    public BattleStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "battle";
    }

    /**
     * Starts a battle now (create_battle). The challenging room must exist (100004) and not be in a
     * running battle (100415). Each challenged room named (once, however often it is listed) gets an
     * invitation: joined, already in a running battle (3, also for the challenging room itself), or
     * not a room that {@code isRoom} knows (5). When none joins, nothing is created (100412).
     */
    public Created create(String fromRoom, List<String> toRooms, int durationMillis, String extensionInfo, Predicate<String> isRoom) {
        if (!isRoom.test(fromRoom)) {
            throw new ServiceException(ErrorCodes.ROOM_NOT_FOUND, "room " + fromRoom + " does not exist");
        }
        long now = clock.millis();
        if (inRunningBattle(fromRoom, now)) {
            throw new ServiceException(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, "room " + fromRoom + " is already in a battle");
        }
        List<Invitation> invitations = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        for (String room : toRooms.stream().distinct().toList()) {
            int result = !isRoom.test(room) ? Invitation.NOT_A_ROOM
                    : room.equals(fromRoom) || inRunningBattle(room, now) ? Invitation.IN_ANOTHER_BATTLE
                    : Invitation.JOINED;
            invitations.add(new Invitation(room, result));
            if (result == Invitation.JOINED) {
                joined.add(room);
            }
        }
        if (joined.isEmpty()) {
            throw new ServiceException(ErrorCodes.NO_VALID_ROOM_IN_BATTLE, "none of the challenged rooms can join the battle");
        }
        String battleId = nextId();
        battles.put(battleId, new Battle(battleId, fromRoom, joined, durationMillis, now, Map.of(), extensionInfo));
        endNotReported.add(battleId);
        return new Created(battleId, invitations);
    }

    /** The battle, running or ended (get_battle_info); 100411 when there is none of that ID. */
    public Battle find(String battleId) {
        Battle battle = battles.get(battleId);
        if (battle == null) {
            throw new ServiceException(ErrorCodes.BATTLE_NOT_FOUND, "battle " + battleId + " does not exist");
        }
        return battle;
    }

    /**
     * The battles that have ended by the clock since the last call, each returned once, so that
     * their end is reported once. Battles read from a snapshot that had already ended are not.
     */
    public List<Battle> takeEnded() {
        long now = clock.millis();
        List<Battle> ended = new ArrayList<>();
        endNotReported.removeIf(id -> {
            Battle battle = battles.get(id);
            if (battle == null) {
                return true;
            }
            if (battle.runningAt(now)) {
                return false;
            }
            ended.add(battle);
            return true;
        });
        return ended;
    }

    public boolean isRunning(Battle battle) {
        return battle.runningAt(clock.millis());
    }

    /**
     * Adds to ({@code accumulate}) or replaces each room's score (set_battle_score) and returns, per
     * room, {@link #SCORE_SET} or {@link #NOT_IN_BATTLE}; the rooms that are in it are applied either
     * way. A missing battle is 100411, an ended one 100421. A sum past the range of a long stays at its
     * end rather than wrapping round.
     */
    public Map<String, Integer> setScores(String battleId, Map<String, Long> scores, boolean accumulate) {
        Battle battle = find(battleId);
        if (!isRunning(battle)) {
            throw new ServiceException(ErrorCodes.BATTLE_ENDED, "battle " + battleId + " has ended");
        }
        Map<String, Long> updated = new LinkedHashMap<>(battle.scores());
        Map<String, Integer> results = new LinkedHashMap<>();
        scores.forEach((room, score) -> {
            if (!updated.containsKey(room)) {
                results.put(room, NOT_IN_BATTLE);
                return;
            }
            updated.put(room, accumulate ? saturatedSum(updated.get(room), score) : score);
            results.put(room, SCORE_SET);
        });
        battles.put(battleId, battle.withScores(updated));
        return results;
    }

    /**
     * A destroyed room leaves its battles, running or ended, with its score. A battle left without two
     * sides is forgotten (100411 from then on): the ones the room started, which have no challenger to
     * show, and the ones whose last challenged room it was.
     */
    @Override
    public void forgetRoom(String roomId) {
        battles.values().removeIf(battle -> battle.fromRoom().equals(roomId)
                || battle.toRooms().equals(List.of(roomId)));
        battles.replaceAll((id, battle) -> battle.involves(roomId) ? battle.withoutChallenged(roomId) : battle);
    }

    @Override
    public void clear() {
        battles.clear();
        endNotReported.clear();
        lastId = 0;
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        ObjectNode section = json.createObjectNode();
        section.put("LastId", lastId);
        section.set("Battles", json.valueToTree(List.copyOf(battles.values())));
        return section;
    }

    private static final SnapshotSection.Field<JsonNode> LAST_ID = SnapshotSection.tree("LastId");
    private static final SnapshotSection.Field<List<Battle>> BATTLES = SnapshotSection.list("Battles", Battle.class);

    /**
     * Reads {@code {"LastId": n, "Battles": [{"BattleId", "FromRoom", "ToRooms", "DurationMillis",
     * "StartMillis", "Scores", "ExtensionInfo"}]}}. IDs need not follow the {@code battle_<n>} pattern
     * (a fixture may use the vendor's); a new battle never takes an ID already in use.
     */
    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        SnapshotSection.Values read = section.read(LAST_ID, BATTLES);
        JsonNode lastIdNode = read.get(LAST_ID);
        if (!lastIdNode.isMissingNode() && !(lastIdNode.canConvertToLong() && lastIdNode.isIntegralNumber() && lastIdNode.asLong() >= 0)) {
            throw new IllegalArgumentException("LastId must be a whole number, 0 or more");
        }
        Map<String, Battle> restored = new LinkedHashMap<>();
        for (Battle battle : read.get(BATTLES)) {
            if (restored.put(battle.battleId(), battle) != null) {
                throw new IllegalArgumentException("battle " + battle.battleId() + " is listed twice");
            }
        }
        long restoredLastId = lastIdNode.asLong(0);
        return () -> {
            clear();
            lastId = restoredLastId;
            battles.putAll(restored);
            long now = clock.millis();
            restored.values().stream().filter(battle -> battle.runningAt(now)).forEach(battle -> endNotReported.add(battle.battleId()));
        };
    }

    private String nextId() {
        String id;
        do {
            id = "battle_" + (++lastId);
        } while (battles.containsKey(id));
        return id;
    }

    private boolean inRunningBattle(String roomId, long now) {
        return battles.values().stream().anyMatch(battle -> battle.involves(roomId) && battle.runningAt(now));
    }

    private static long saturatedSum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }
}

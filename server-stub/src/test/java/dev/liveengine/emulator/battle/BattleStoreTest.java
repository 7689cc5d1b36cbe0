package dev.liveengine.emulator.battle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.battle.BattleStore.Invitation;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The battle domain on its own: who may join, scores, the end that comes with the clock, snapshots. */
class BattleStoreTest {

    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");
    private static final int MINUTE = 60_000;
    private static final Predicate<String> ROOMS = Set.of("a", "b", "c", "d")::contains;

    private final MutableClock clock = new MutableClock(START);
    private final BattleStore battles = new BattleStore(clock);

    private static void refused(int errorCode, Executable call) {
        assertEquals(errorCode, assertThrows(ServiceException.class, call).errorCode());
    }

    private BattleStore.Created create(String from, String... to) {
        return battles.create(from, List.of(to), MINUTE, null, ROOMS);
    }

    private static Map<String, Long> scores(Object... roomsAndScores) {
        Map<String, Long> scores = new LinkedHashMap<>();
        for (int i = 0; i < roomsAndScores.length; i += 2) {
            scores.put((String) roomsAndScores[i], ((Number) roomsAndScores[i + 1]).longValue());
        }
        return scores;
    }

    @Test
    void aBattleGetsTheNextIdAndOneInvitationPerChallengedRoom() {
        assertEquals(new BattleStore.Created("battle_1", List.of(new Invitation("b", Invitation.JOINED))), create("a", "b"));

        BattleStore.Created second = create("c", "d", "b", "c", "nowhere", "d");

        assertEquals("battle_2", second.battleId());
        assertEquals(List.of(new Invitation("d", Invitation.JOINED), new Invitation("b", Invitation.IN_ANOTHER_BATTLE),
                new Invitation("c", Invitation.IN_ANOTHER_BATTLE), new Invitation("nowhere", Invitation.NOT_A_ROOM)),
                second.invitations());
        Battle battle = battles.find("battle_2");
        assertEquals(List.of("d"), battle.toRooms());
        assertEquals(scores("c", 0, "d", 0), battle.scores());
    }

    @Test
    void aCreateIsRefusedForAMissingOrBusyChallengerOrWhenNobodyJoins() {
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> create("nowhere", "b"));
        create("a", "b");
        refused(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, () -> create("a", "c"));
        refused(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, () -> create("b", "c"));
        refused(ErrorCodes.NO_VALID_ROOM_IN_BATTLE, () -> create("c", "a", "nowhere"));

        assertEquals("battle_2", create("c", "d").battleId(), "a refused create uses up no ID");
    }

    @Test
    void aBattleRunsForItsDurationAndEndsByItself() {
        create("a", "b");
        Battle battle = battles.find("battle_1");
        assertEquals(START.toEpochMilli(), battle.startMillis());
        assertEquals(START.toEpochMilli() + MINUTE, battle.endMillis());

        clock.advance(Duration.ofMillis(MINUTE - 1));
        assertTrue(battles.isRunning(battle));
        clock.advance(Duration.ofMillis(1));
        assertFalse(battles.isRunning(battle));

        assertEquals(battle, battles.find("battle_1"), "an ended battle can still be read");
        assertEquals("battle_2", create("b", "a").battleId(), "its rooms are free again");
    }

    @Test
    void scoresAddOrReplaceAndARoomNotInTheBattleIsReportedWhileTheOthersApply() {
        create("a", "b");

        assertEquals(Map.of("a", BattleStore.SCORE_SET), battles.setScores("battle_1", scores("a", 100), true));
        assertEquals(Map.of("a", BattleStore.SCORE_SET, "c", BattleStore.NOT_IN_BATTLE, "b", BattleStore.SCORE_SET),
                battles.setScores("battle_1", scores("a", 50, "c", 7, "b", -3), true));
        assertEquals(scores("a", 150, "b", -3), battles.find("battle_1").scores());

        battles.setScores("battle_1", scores("a", 20), false);
        assertEquals(scores("a", 20, "b", -3), battles.find("battle_1").scores());
    }

    @Test
    void anAddPastTheRangeOfALongStaysAtItsEnd() {
        create("a", "b");
        battles.setScores("battle_1", scores("a", Long.MAX_VALUE, "b", Long.MIN_VALUE), false);
        battles.setScores("battle_1", scores("a", 1, "b", -1), true);
        assertEquals(scores("a", Long.MAX_VALUE, "b", Long.MIN_VALUE), battles.find("battle_1").scores());
    }

    @Test
    void aMissingBattleIs100411AndAnEndedOne100421() {
        refused(ErrorCodes.BATTLE_NOT_FOUND, () -> battles.find("battle_1"));
        refused(ErrorCodes.BATTLE_NOT_FOUND, () -> battles.setScores("battle_1", scores("a", 1), true));

        create("a", "b");
        battles.setScores("battle_1", scores("a", 5), true);
        clock.advance(Duration.ofMillis(MINUTE));
        refused(ErrorCodes.BATTLE_ENDED, () -> battles.setScores("battle_1", scores("a", 1), true));
        assertEquals(scores("a", 5, "b", 0), battles.find("battle_1").scores());
    }

    @Test
    void aDestroyedRoomLeavesItsBattlesAndABattleWithoutTwoSidesGoes() {
        create("a", "b", "c");
        battles.forgetRoom("b");
        assertEquals(List.of("c"), battles.find("battle_1").toRooms());
        assertEquals(scores("a", 0, "c", 0), battles.find("battle_1").scores());

        battles.forgetRoom("c");
        refused(ErrorCodes.BATTLE_NOT_FOUND, () -> battles.find("battle_1"));
    }

    @Test
    void aDestroyedChallengerTakesItsBattleWithIt() {
        create("a", "b");
        battles.forgetRoom("a");
        refused(ErrorCodes.BATTLE_NOT_FOUND, () -> battles.find("battle_1"));
        assertEquals("battle_2", create("b", "c").battleId(), "IDs are not given out again");
    }

    @Test
    void aSnapshotRestoresEveryBattleAndTheNextId() {
        EmulatorState state = new EmulatorState();
        state.add(battles);
        create("a", "b");
        battles.setScores("battle_1", scores("b", 9), true);
        JsonNode exported = state.export();

        state.clear();
        state.restore(exported);

        assertEquals(exported, state.export());
        assertEquals(scores("a", 0, "b", 9), battles.find("battle_1").scores());
        refused(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, () -> create("a", "c"));
        assertEquals("battle_2", create("c", "d").battleId());
    }

    @Test
    void aRestoredIdIsNeverGivenOutAgain() throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(battles);
        state.restore(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {"battle": {"LastId": 0, "Battles": [
                  {"BattleId": "battle_1", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1, "StartMillis": 0}]}}}"""));
        assertEquals(scores("a", 0, "b", 0), battles.find("battle_1").scores(), "scores left out are 0");
        assertEquals("battle_2", create("c", "d").battleId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a battle listed twice    | 0  | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1, "StartMillis": 0}, {"BattleId": "x", "FromRoom": "c", "ToRooms": ["d"], "DurationMillis": 1, "StartMillis": 0} | twice
            a score of another room  | 0  | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1, "StartMillis": 0, "Scores": {"c": 1}} | not in it
            no duration              | 0  | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 0, "StartMillis": 0} | 1 millisecond
            no start                 | 0  | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1} | StartMillis
            a negative LastId        | -1 | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1, "StartMillis": 0} | LastId
            an unknown field         | 0  | {"BattleId": "x", "FromRoom": "a", "ToRooms": ["b"], "DurationMillis": 1, "StartMillis": 0, "Winner": "a"} | Winner
            """)
    void aSnapshotThatBreaksARuleChangesNothing(String what, long lastId, String battle, String named) throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(battles);
        create("a", "b");
        JsonNode before = state.export();
        JsonNode snapshot = new ObjectMapper().readTree(
                "{\"Version\": 1, \"Stores\": {\"battle\": {\"LastId\": " + lastId + ", \"Battles\": [" + battle + "]}}}");

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> state.restore(snapshot));

        assertTrue(refusal.getMessage().contains(named), refusal::getMessage);
        assertEquals(before, state.export());
    }
}

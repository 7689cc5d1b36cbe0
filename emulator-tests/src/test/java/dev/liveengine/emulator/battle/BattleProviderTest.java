package dev.liveengine.emulator.battle;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.BattleInfo;
import dev.liveengine.client.model.BattleInvitation;
import dev.liveengine.client.model.BattleRoom;
import dev.liveengine.client.model.BattleRoomScore;
import dev.liveengine.client.model.BattleScoreResult;
import dev.liveengine.client.model.ChangeRoomOwnerRequest;
import dev.liveengine.client.model.CreateBattleRequest;
import dev.liveengine.client.model.CreatedBattle;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetBattleInfoRequest;
import dev.liveengine.client.model.SetBattleScoreRequest;
import dev.liveengine.client.model.SetBattleScoreRequest.OpTypeEnum;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Battle operations through the real client: who joins, what get_battle_info shows, scores, the end by time and by destroy_room. */
class BattleProviderTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);
    private static final int MINUTE = 60_000;
    private static final int RUNNING = 1;
    private static final int ENDED = 3;
    // create_battle's per-room ResultCode (B4), and set_battle_score's (B17)
    private static final int JOINED = 0;
    private static final int IN_ANOTHER_BATTLE = 3;
    private static final int NOT_A_ROOM = 5;
    private static final int SCORE_SET = 0;
    private static final int NOT_IN_BATTLE = 1;

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).rateLimits(false))
            .build();

    private LiveEngineClient client;

    /** Rooms a, b, c, d and e, owned by alice, bob, carol, dave and erin. */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}, {"UserId": "dave"},
                                           {"UserId": "erin"}]},
                  "room": {"Rooms": [
                    {"RoomId": "a", "Owner": "alice", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "b", "Owner": "bob", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "c", "Owner": "carol", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "d", "Owner": "dave", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}},
                    {"RoomId": "e", "Owner": "erin", "CreateTime": 0, "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]}}}"""));
        client = emulator.client();
    }

    private CreatedBattle create(String from, String... to) {
        return client.createBattle(new CreateBattleRequest().fromRoomId(from).toRoomIdList(List.of(to)).duration(MINUTE)).getResponse();
    }

    private BattleInfo info(String battleId) {
        return client.getBattleInfo(new GetBattleInfoRequest().battleId(battleId)).getResponse();
    }

    /** Sends the scores, given as room, score, room, score...; returns each room's ResultCode in the order sent. */
    private List<BattleScoreResult> score(String battleId, OpTypeEnum opType, Object... roomsAndScores) {
        List<BattleRoomScore> scores = new ArrayList<>();
        for (int i = 0; i < roomsAndScores.length; i += 2) {
            scores.add(new BattleRoomScore().roomId((String) roomsAndScores[i]).score(((Number) roomsAndScores[i + 1]).longValue()));
        }
        return client.setBattleScore(new SetBattleScoreRequest().battleId(battleId).opType(opType).scoreList(scores))
                .getResponse().getResult();
    }

    private static BattleScoreResult result(String roomId, int resultCode) {
        return new BattleScoreResult().roomId(roomId).resultCode(resultCode);
    }

    /** Each room's score as get_battle_info shows it, the challenger first, as room, score, room, score... */
    private List<Object> scores(String battleId) {
        BattleInfo info = info(battleId);
        List<Object> scores = new ArrayList<>(List.of(info.getFromRoomInfo().getRoomId(), info.getFromRoomInfo().getScore()));
        info.getToRoomList().forEach(room -> scores.addAll(List.of(room.getRoomId(), room.getScore())));
        return scores;
    }

    // ---- create_battle ----------------------------------------------------------------------------

    @Test
    void aBattleReportsEachChallengedRoomAndTakesOnlyThoseThatJoin() {
        assertEquals("battle_1", create("d", "e").getBattleId());

        CreatedBattle created = create("a", "b", "e", "nowhere", "a");

        assertEquals("battle_2", created.getBattleId());
        assertEquals(List.of("b", "e", "nowhere", "a"), created.getResult().stream().map(BattleInvitation::getRoomId).toList());
        assertEquals(List.of(JOINED, IN_ANOTHER_BATTLE, NOT_A_ROOM, IN_ANOTHER_BATTLE),
                created.getResult().stream().map(BattleInvitation::getResultCode).toList());
        assertEquals(List.of("b"), info("battle_2").getToRoomList().stream().map(BattleRoom::getRoomId).toList());
    }

    @Test
    void aRoomInARunningBattleCannotChallengeAndABattleNobodyJoinsIsNotCreated() {
        create("a", "b");

        assertEquals(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, refusedWith(() -> create("a", "c")));
        assertEquals(ErrorCodes.ROOM_IN_ANOTHER_BATTLE, refusedWith(() -> create("b", "c")), "a challenged room is in the battle too");
        assertEquals(ErrorCodes.NO_VALID_ROOM_IN_BATTLE, refusedWith(() -> create("c", "a", "nowhere")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> create("nowhere", "c")));

        assertEquals("battle_2", create("c", "d").getBattleId(), "a refused create takes no ID and leaves its rooms free");
    }

    // ---- get_battle_info --------------------------------------------------------------------------

    @Test
    void theInfoShowsTheTimesTheRoomsAndTheirOwnersAsTheyAreNow() {
        long startSeconds = clock.instant().getEpochSecond();
        create("a", "b", "c");

        BattleInfo info = info("battle_1");
        assertEquals("battle_1", info.getBattleId());
        assertEquals(MINUTE, info.getDuration());
        assertEquals(startSeconds, info.getStartTime());
        assertEquals(startSeconds + MINUTE / 1000, info.getEndTime());
        assertEquals(RUNNING, info.getStatus());
        assertEquals(new BattleRoom().roomId("a").ownerAccount("alice").score(0L), info.getFromRoomInfo());
        assertEquals(List.of(new BattleRoom().roomId("b").ownerAccount("bob").score(0L),
                new BattleRoom().roomId("c").ownerAccount("carol").score(0L)), info.getToRoomList());

        client.changeRoomOwner(new ChangeRoomOwnerRequest().roomId("b").newOwnerAccount("erin"));
        assertEquals("erin", info("battle_1").getToRoomList().get(0).getOwnerAccount());
    }

    @Test
    void anUnknownBattleIs100411() {
        assertEquals(ErrorCodes.BATTLE_NOT_FOUND, refusedWith(() -> info("battle_1")));
        assertEquals(ErrorCodes.BATTLE_NOT_FOUND, refusedWith(() -> score("battle_1", OpTypeEnum.NUMBER_1, "a", 1)));
    }

    // ---- set_battle_score -------------------------------------------------------------------------

    @Test
    void opType1AddsToTheScoresAnd2ReplacesThem() {
        create("a", "b");

        assertEquals(List.of(result("a", SCORE_SET), result("b", SCORE_SET)), score("battle_1", OpTypeEnum.NUMBER_1, "a", 10, "b", 5));
        score("battle_1", OpTypeEnum.NUMBER_1, "a", 7, "b", -2);
        assertEquals(List.of("a", 17L, "b", 3L), scores("battle_1"));

        score("battle_1", OpTypeEnum.NUMBER_2, "a", 4);
        assertEquals(List.of("a", 4L, "b", 3L), scores("battle_1"), "a replace changes only the rooms it names");
    }

    @Test
    void aRoomNotInTheBattleGetsResultCode1AndTheOthersAreStillApplied() {
        create("a", "b");
        create("c", "d");

        assertEquals(List.of(result("c", NOT_IN_BATTLE), result("b", SCORE_SET), result("nowhere", NOT_IN_BATTLE)),
                score("battle_1", OpTypeEnum.NUMBER_1, "c", 9, "b", 8, "nowhere", 7));

        assertEquals(List.of("a", 0L, "b", 8L), scores("battle_1"));
        assertEquals(List.of("c", 0L, "d", 0L), scores("battle_2"));
    }

    // ---- the end ----------------------------------------------------------------------------------

    @Test
    void aBattleEndsByItselfWhenItsDurationHasPassed() {
        create("a", "b");
        score("battle_1", OpTypeEnum.NUMBER_1, "a", 5);

        clock.advance(Duration.ofMillis(MINUTE - 1));
        assertEquals(RUNNING, info("battle_1").getStatus());
        clock.advance(Duration.ofMillis(1));

        assertEquals(ENDED, info("battle_1").getStatus());
        assertEquals(ErrorCodes.BATTLE_ENDED, refusedWith(() -> score("battle_1", OpTypeEnum.NUMBER_1, "a", 1)));
        assertEquals(List.of("a", 5L, "b", 0L), scores("battle_1"), "an ended battle keeps its last scores");
        assertEquals(List.of(JOINED), create("b", "a").getResult().stream().map(BattleInvitation::getResultCode).toList(),
                "both rooms are free again");
    }

    @Test
    void aDestroyedRoomLeavesTheBattlesItWasChallengedIn() {
        create("a", "b", "c");
        score("battle_1", OpTypeEnum.NUMBER_2, "a", 1, "b", 2, "c", 3);

        client.destroyRoom(new DestroyRoomRequest().roomId("b"));

        assertEquals(List.of("a", 1L, "c", 3L), scores("battle_1"));
        assertEquals(List.of(result("b", NOT_IN_BATTLE)), score("battle_1", OpTypeEnum.NUMBER_1, "b", 1));

        client.destroyRoom(new DestroyRoomRequest().roomId("c"));
        assertEquals(ErrorCodes.BATTLE_NOT_FOUND, refusedWith(() -> info("battle_1")), "a battle without a challenged room is gone");
        assertEquals("battle_2", create("a", "d").getBattleId(), "and its challenger is free");
    }

    @Test
    void aDestroyedChallengerTakesItsBattleWithIt() {
        create("a", "b");

        client.destroyRoom(new DestroyRoomRequest().roomId("a"));

        assertEquals(ErrorCodes.BATTLE_NOT_FOUND, refusedWith(() -> info("battle_1")));
        assertEquals("battle_2", create("b", "c").getBattleId(), "the challenged room is free, and IDs are not given out again");
    }
}

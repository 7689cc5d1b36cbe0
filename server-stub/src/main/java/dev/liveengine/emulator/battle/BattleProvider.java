package dev.liveengine.emulator.battle;

import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.state.ClockDriven;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.AfterCreateBattleEvent;
import dev.liveengine.server.model.AfterEndBattleEvent;
import dev.liveengine.server.model.AfterStartBattleEvent;
import dev.liveengine.server.model.BattleParticipant;
import dev.liveengine.server.model.EndedBattleRoom;
import dev.liveengine.server.api.BattleApi;
import dev.liveengine.server.model.BattleInfo;
import dev.liveengine.server.model.BattleInvitation;
import dev.liveengine.server.model.BattleRoom;
import dev.liveengine.server.model.BattleRoomScore;
import dev.liveengine.server.model.BattleScoreResult;
import dev.liveengine.server.model.BattleScoreResults;
import dev.liveengine.server.model.CreateBattleRequest;
import dev.liveengine.server.model.CreateBattleResponse;
import dev.liveengine.server.model.CreatedBattle;
import dev.liveengine.server.model.GetBattleInfoRequest;
import dev.liveengine.server.model.GetBattleInfoResponse;
import dev.liveengine.server.model.SetBattleScoreRequest;
import dev.liveengine.server.model.SetBattleScoreResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Battle operations (service {@code live_engine_http_pk}): battles between rooms, their scores
 * and their end. {@code Status} is 1 while a battle runs and 3 once it has ended (the only value the
 * docs show is 3, for an ended battle: ERRATA B).
 */
public final class BattleProvider implements BattleApi, ClockDriven {

    static final int RUNNING = 1;
    static final int ENDED = 3;

    private final BattleStore battles;
    private final RoomStore rooms;
    private final Webhooks webhooks;

    public BattleProvider(BattleStore battles, RoomStore rooms, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.battles = battles;
        this.rooms = rooms;
    }

    @Override
    public CreateBattleResponse createBattle(CreateBattleRequest request) {
        rooms.requireRoom(request.getFromRoomId());
        BattleStore.Created created = battles.create(request.getFromRoomId(), request.getToRoomIdList(), request.getDuration(),
                request.getExtensionInfo(), rooms::exists);
        reportStart(battles.find(created.battleId()));
        return new CreateBattleResponse().response(new CreatedBattle().battleId(created.battleId())
                .result(created.invitations().stream().map(invitation -> new BattleInvitation().roomId(invitation.roomId())
                        .resultCode(invitation.resultCode()).resultMessage(message(invitation.resultCode()))).toList()));
    }

    @Override
    public GetBattleInfoResponse getBattleInfo(GetBattleInfoRequest request) {
        Battle battle = battles.find(request.getBattleId());
        return new GetBattleInfoResponse().response(new BattleInfo()
                .battleId(battle.battleId())
                .duration(battle.durationMillis())
                .startTime(battle.startMillis() / 1000)
                .endTime(battle.endMillis() / 1000)
                .status(battles.isRunning(battle) ? RUNNING : ENDED)
                .fromRoomInfo(room(battle, battle.fromRoom()))
                .toRoomList(battle.toRooms().stream().map(room -> room(battle, room)).toList()));
    }

    /** OpType 1 adds each score, 2 replaces it. */
    @Override
    public SetBattleScoreResponse setBattleScore(SetBattleScoreRequest request) {
        Map<String, Long> scores = new LinkedHashMap<>();
        for (BattleRoomScore score : request.getScoreList()) {
            scores.put(score.getRoomId(), score.getScore());
        }
        boolean accumulate = request.getOpType() == SetBattleScoreRequest.OpTypeEnum.NUMBER_1;
        return new SetBattleScoreResponse().response(new BattleScoreResults().result(
                battles.setScores(request.getBattleId(), scores, accumulate).entrySet().stream()
                        .map(result -> new BattleScoreResult().roomId(result.getKey()).resultCode(result.getValue())).toList()));
    }

    /**
     * A battle is created and starts at once (create_battle has no way to wait for the challenged
     * rooms to accept), so both webhooks go together; {@code NeedResponse} is false and
     * {@code Timeout}, the wait for an answer, 0.
     */
    private void reportStart(Battle battle) {
        long createdSeconds = battle.startMillis() / 1000;
        webhooks.after(new AfterCreateBattleEvent()
                .callbackCommand(AfterCreateBattleEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_CREATE_BATTLE)
                .operatorAccount(Caller.identifier())
                .battleId(battle.battleId())
                .fromRoomId(battle.fromRoom())
                .toRoomIdList(battle.toRooms())
                .timeout(0)
                .duration(battle.durationMillis())
                .needResponse(false)
                .extensionInfo(battle.extensionInfo())
                .eventTime(webhooks.eventTime()));
        webhooks.after(new AfterStartBattleEvent()
                .callbackCommand(AfterStartBattleEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_START_BATTLE)
                .battleId(battle.battleId())
                .duration(battle.durationMillis())
                .createTime(createdSeconds)
                .startTime(createdSeconds)
                .fromRoomInfo(participant(battle.fromRoom()))
                .toRoomList(battle.toRooms().stream().map(this::participant).toList())
                .eventTime(webhooks.eventTime()));
    }

    /** The end of every battle that has reached it by the clock: OpType 0, time up. */
    @Override
    public void reportDue() {
        for (Battle battle : battles.takeEnded()) {
            webhooks.after(new AfterEndBattleEvent()
                    .callbackCommand(AfterEndBattleEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_END_BATTLE)
                    .battleId(battle.battleId())
                    .duration(battle.durationMillis())
                    .createTime(battle.startMillis() / 1000)
                    .startTime(battle.startMillis() / 1000)
                    .endTime(battle.endMillis() / 1000)
                    .opType(AfterEndBattleEvent.OpTypeEnum.NUMBER_0)
                    .fromRoomInfo(endedRoom(battle, battle.fromRoom()))
                    .toRoomList(battle.toRooms().stream().map(room -> endedRoom(battle, room)).toList())
                    .eventTime(webhooks.eventTime()));
        }
    }

    private BattleParticipant participant(String roomId) {
        return new BattleParticipant().roomId(roomId).ownerAccount(rooms.find(roomId).map(room -> room.owner()).orElse(null));
    }

    private EndedBattleRoom endedRoom(Battle battle, String roomId) {
        return new EndedBattleRoom().roomId(roomId).score(battle.scores().getOrDefault(roomId, 0L))
                .ownerAccount(rooms.find(roomId).map(room -> room.owner()).orElse(null));
    }

    private BattleRoom room(Battle battle, String roomId) {
        return new BattleRoom().roomId(roomId).score(battle.scores().getOrDefault(roomId, 0L))
                .ownerAccount(rooms.find(roomId).map(room -> room.owner()).orElse(null));
    }

    private static String message(int resultCode) {
        return switch (resultCode) {
            case BattleStore.Invitation.JOINED -> "";
            case BattleStore.Invitation.IN_ANOTHER_BATTLE -> "the room is already in a battle";
            default -> "the room does not exist";
        };
    }
}

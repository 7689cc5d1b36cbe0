package dev.liveengine.emulator.robot;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.member.MemberStateChanges;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.RobotApi;
import dev.liveengine.server.model.AddRobotRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.DelRobotRequest;
import dev.liveengine.server.model.GetRobotRequest;
import dev.liveengine.server.model.GetRobotResponse;
import dev.liveengine.server.model.RobotList;
import java.util.List;

/**
 * The Robot operations: imported accounts that sit in a room as members (at most 3 a room), kept
 * by the room store beside the other members. A robot that leaves loses its seat like any member.
 */
public final class RobotProvider implements RobotApi {

    private final RoomStore rooms;
    private final AccountStore accounts;
    private final EmulatorState state;
    private final Webhooks webhooks;

    public RobotProvider(RoomStore rooms, AccountStore accounts, EmulatorState state, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.rooms = rooms;
        this.accounts = accounts;
        this.state = state;
    }

    @Override
    public BaseResponse addRobot(AddRobotRequest request) {
        rooms.requireRoom(request.getRoomId());
        for (String account : request.getRobotListAccount()) {
            if (!accounts.exists(account)) {
                throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "robot " + account + " has not been imported");
            }
        }
        List<String> entering = request.getRobotListAccount().stream().distinct()
                .filter(account -> !rooms.isMember(request.getRoomId(), account)).toList();
        rooms.addRobots(request.getRoomId(), request.getRobotListAccount());
        if (!entering.isEmpty()) {
            webhooks.after(MemberStateChanges.entered(webhooks, request.getRoomId(), entering));
        }
        return new BaseResponse();
    }

    @Override
    public BaseResponse delRobot(DelRobotRequest request) {
        List<String> left = rooms.removeRobots(request.getRoomId(), request.getRobotListAccount());
        left.forEach(account -> state.forgetMember(request.getRoomId(), account));
        if (!left.isEmpty()) {
            webhooks.after(MemberStateChanges.left(webhooks, request.getRoomId(), left));
        }
        return new BaseResponse();
    }

    @Override
    public GetRobotResponse getRobot(GetRobotRequest request) {
        return new GetRobotResponse().response(new RobotList().robotListAccount(rooms.robots(request.getRoomId())));
    }
}

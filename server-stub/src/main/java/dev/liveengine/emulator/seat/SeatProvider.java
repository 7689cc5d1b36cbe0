package dev.liveengine.emulator.seat;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomSettings;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.AfterSeatInfoChangedEvent;
import dev.liveengine.server.model.ChangedSeat;
import java.util.List;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.SeatApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.GetSeatListRequest;
import dev.liveengine.server.model.GetSeatListResponse;
import dev.liveengine.server.model.KickUserOffSeatRequest;
import dev.liveengine.server.model.LockSeatRequest;
import dev.liveengine.server.model.MoveUserToSeatRequest;
import dev.liveengine.server.model.PickUserOnSeatRequest;
import dev.liveengine.server.model.SeatInfo;
import dev.liveengine.server.model.SeatListResult;
import dev.liveengine.server.model.SwitchSeatRequest;

/**
 * The Seat operations (service {@code room_engine_http_mic}): the seats of a room, who sits where,
 * and their blocks. Only members of the room can be seated; a member who leaves loses the seat.
 */
public final class SeatProvider implements SeatApi {

    private final SeatStore seats;
    private final RoomStore rooms;
    private final Webhooks webhooks;

    public SeatProvider(SeatStore seats, RoomStore rooms, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.seats = seats;
        this.rooms = rooms;
    }

    @Override
    public GetSeatListResponse getSeatList(GetSeatListRequest request) {
        return new GetSeatListResponse().response(new SeatListResult().seatList(
                seats.list(request.getRoomId(), settings(request.getRoomId())).stream()
                        .map(seat -> new SeatInfo().index(seat.index()).memberAccount(seat.member())
                                .isTakenDisabled(seat.takenDisabled()).isVideoDisabled(seat.videoDisabled())
                                .isAudioDisabled(seat.audioDisabled()))
                        .toList()));
    }

    @Override
    public BaseResponse pickUserOnSeat(PickUserOnSeatRequest request) {
        RoomSettings settings = settings(request.getRoomId());
        if (!rooms.isMember(request.getRoomId(), request.getMemberAccount())) {
            throw new ServiceException(ErrorCodes.USER_NOT_IN_ROOM, request.getMemberAccount() + " is not in room " + request.getRoomId());
        }
        reportingChanges(request.getRoomId(), () -> seats.pick(request.getRoomId(), settings, request.getIndex(), request.getMemberAccount()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse kickUserOffSeat(KickUserOffSeatRequest request) {
        rooms.requireRoom(request.getRoomId());
        reportingChanges(request.getRoomId(), () -> seats.kick(request.getRoomId(), request.getMemberAccount()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse lockSeat(LockSeatRequest request) {
        reportingChanges(request.getRoomId(), () -> seats.lock(request.getRoomId(), settings(request.getRoomId()), request.getIndex(),
                request.getForbidTaken(), request.getForbidVideo(), request.getForbidAudio()));
        return new BaseResponse();
    }

    /** Policy 0 gives up on a taken seat, 1 takes its occupant off, 2 swaps the two. */
    @Override
    public BaseResponse moveUserToSeat(MoveUserToSeatRequest request) {
        SeatStore.WhenTaken whenTaken = switch (request.getPolicy()) {
            case NUMBER_0 -> SeatStore.WhenTaken.FAIL;
            case NUMBER_1 -> SeatStore.WhenTaken.REPLACE;
            case NUMBER_2 -> SeatStore.WhenTaken.SWAP;
        };
        reportingChanges(request.getRoomId(), () -> seats.move(request.getRoomId(), settings(request.getRoomId()),
                request.getSeatIndex(), request.getMemberAccount(), whenTaken));
        return new BaseResponse();
    }

    /** The older move: the destination must be free. */
    @Override
    public BaseResponse switchSeat(SwitchSeatRequest request) {
        reportingChanges(request.getRoomId(), () -> seats.move(request.getRoomId(), settings(request.getRoomId()),
                request.getToIndex(), request.getMemberAccount(), SeatStore.WhenTaken.FAIL));
        return new BaseResponse();
    }

    /**
     * Makes a change to the room's seats and reports the seats it changed with
     * {@code Mic.CallbackAfterSeatInfoChanged}; a change that changed nothing reports nothing.
     */
    private void reportingChanges(String roomId, Runnable change) {
        RoomSettings settings = settings(roomId);
        List<Seat> before = seats.list(roomId, settings);
        change.run();
        List<Seat> after = seats.list(roomId, settings);
        List<ChangedSeat> changed = after.stream().filter(seat -> !before.contains(seat))
                .map(seat -> new ChangedSeat().index(seat.index()).memberAccount(seat.member())
                        .isTakenDisabled(seat.takenDisabled()).isVideoDisabled(seat.videoDisabled()).isAudioDisabled(seat.audioDisabled()))
                .toList();
        if (!changed.isEmpty()) {
            webhooks.after(new AfterSeatInfoChangedEvent()
                    .callbackCommand(AfterSeatInfoChangedEvent.CallbackCommandEnum.MIC_CALLBACK_AFTER_SEAT_INFO_CHANGED)
                    .roomId(roomId)
                    .seatList(changed)
                    .eventTime(webhooks.eventTime()));
        }
    }

    private RoomSettings settings(String roomId) {
        return rooms.view(roomId).settings();
    }
}

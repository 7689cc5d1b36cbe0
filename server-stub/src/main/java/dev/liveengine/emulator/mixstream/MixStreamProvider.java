package dev.liveengine.emulator.mixstream;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.MixStreamApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.ResumeMcuTaskRequest;
import dev.liveengine.server.model.SetMixStreamRequest;

/** The MixStream operations: server-side mixing of a room's streams. */
public final class MixStreamProvider implements MixStreamApi {

    private final MixStreamStore store;
    private final RoomStore rooms;

    public MixStreamProvider(MixStreamStore store, RoomStore rooms) {
        this.store = store;
        this.rooms = rooms;
    }

    /**
     * Starts (or changes) the room's mixing task. Mixing needs a Live room with unlimited audience
     * (100006, ERRATA R4); the layout itself is checked by the schema.
     */
    @Override
    public BaseResponse setMixStream(SetMixStreamRequest request) {
        Boolean unlimited = rooms.view(request.getRoomId()).settings().unlimitedRoomEnabled();
        if (unlimited == null || !unlimited) {
            throw new ServiceException(ErrorCodes.OPERATION_NOT_PERMITTED,
                    "room " + request.getRoomId() + " must have IsUnlimitedRoomEnabled to mix its streams");
        }
        store.setStatus(request.getRoomId(), MixStreamStore.Status.RUNNING);
        return new BaseResponse();
    }

    @Override
    public BaseResponse resumeMcuTask(ResumeMcuTaskRequest request) {
        if (store.status(request.getRoomId()).isEmpty()) {
            throw new ServiceException(ErrorCodes.MIX_TASK_NOT_FOUND, "room " + request.getRoomId() + " has no stream-mixing task");
        }
        store.setStatus(request.getRoomId(), MixStreamStore.Status.RUNNING);
        return new BaseResponse();
    }
}

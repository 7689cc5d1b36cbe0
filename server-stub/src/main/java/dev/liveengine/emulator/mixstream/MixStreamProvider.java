package dev.liveengine.emulator.mixstream;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.MixStreamApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.ResumeMcuTaskRequest;

/** The MixStream operations: server-side mixing of a room's streams. */
public final class MixStreamProvider implements MixStreamApi {

    private final MixStreamStore store;

    public MixStreamProvider(MixStreamStore store) {
        this.store = store;
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

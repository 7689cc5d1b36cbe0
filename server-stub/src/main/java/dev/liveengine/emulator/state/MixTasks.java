package dev.liveengine.emulator.state;

import dev.liveengine.emulator.ServiceException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stream-mixing tasks of the rooms. Tasks are created by {@code set_mix_stream}, which the
 * emulator does not serve yet; until then tests create them with {@link #create(String)}.
 */
public final class MixTasks {

    public enum Status { RUNNING, STOPPED }

    private final Map<String, Status> tasks = new HashMap<>();

    /** Gives {@code roomId} a stopped mixing task, as if its mixing had been set up and then paused. */
    public synchronized void create(String roomId) {
        tasks.put(roomId, Status.STOPPED);
    }

    /** Sets the room's task running again; fails with 100424 when the room has none. */
    public synchronized void resume(String roomId) {
        if (!tasks.containsKey(roomId)) {
            throw new ServiceException(100424, "room " + roomId + " has no stream-mixing task");
        }
        tasks.put(roomId, Status.RUNNING);
    }

    public synchronized Optional<Status> status(String roomId) {
        return Optional.ofNullable(tasks.get(roomId));
    }

    synchronized void clear() {
        tasks.clear();
    }
}

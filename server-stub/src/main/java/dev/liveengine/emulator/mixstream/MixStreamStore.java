package dev.liveengine.emulator.mixstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stream-mixing task of each room. Tasks are created (or set running) by {@code set_mix_stream}
 * and set running by {@code resume_mcu_task}; no command stops one, so a stopped task comes from an
 * imported state snapshot.
 */
public final class MixStreamStore implements Store {

    public enum Status { RUNNING, STOPPED }

    /** One room's task, as a snapshot holds it. */
    public record MixTask(String roomId, Status status) {

        public MixTask {
            SnapshotSection.required(roomId, "RoomId");
            SnapshotSection.required(status, "Status");
        }
    }

    private final Map<String, Status> tasks = new LinkedHashMap<>();

    @Override
    public String name() {
        return "mixStream";
    }

    /** Whether the room has a task, and in which state. */
    Optional<Status> status(String roomId) {
        return Optional.ofNullable(tasks.get(roomId));
    }

    void setStatus(String roomId, Status status) {
        tasks.put(roomId, status);
    }

    /** A destroyed room's mixing task ends with it. */
    @Override
    public void forgetRoom(String roomId) {
        tasks.remove(roomId);
    }

    @Override
    public void clear() {
        tasks.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        ObjectNode section = json.createObjectNode();
        section.set("Tasks", json.valueToTree(tasks.entrySet().stream().map(task -> new MixTask(task.getKey(), task.getValue())).toList()));
        return section;
    }

    private static final SnapshotSection.Field<List<MixTask>> TASKS = SnapshotSection.list("Tasks", MixTask.class);

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        List<MixTask> restored = section.read(TASKS).get(TASKS);
        return () -> {
            clear();
            restored.forEach(task -> tasks.put(task.roomId(), task.status()));
        };
    }
}

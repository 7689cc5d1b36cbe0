package dev.liveengine.emulator.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The state one group of operations owns, such as the gift catalogue. Stores are only touched while
 * the {@link EmulatorState} lock is held, so they need no locking of their own and a change that
 * spans several stores is seen whole or not at all.
 */
public interface Store {

    /** The store's section name in a state snapshot, such as {@code gift}. */
    String name();

    /** Forgets everything, as after a fresh start. */
    void clear();

    /**
     * Forgets what belongs to a room that was just destroyed (its gift statistics, mixing task,
     * seats...), in the same step as the room itself: see {@link EmulatorState#forgetRoom}.
     */
    default void forgetRoom(String roomId) {
    }

    /**
     * Forgets what a member held in a room they just left or were put out of (their seat), in the
     * same step: see {@link EmulatorState#forgetMember}.
     */
    default void forgetMember(String roomId, String userId) {
    }

    /** The store's state as JSON, in the emulator's own terms (never a secret). */
    JsonNode export(ObjectMapper json);

    /**
     * Writes the section {@link #export} gives, as the same text: what the state file is written
     * with. A store that can hold a great deal (accounts, rooms, gift statistics) writes its lists
     * an entry at a time ({@link SnapshotOutput}), so that the file is written without the state
     * ever being a JSON tree, which takes several times the memory of the state itself.
     */
    default void writeExport(JsonGenerator out, ObjectMapper json) throws IOException {
        json.writeTree(out, export(json));
    }

    /**
     * Reads a snapshot section ({@link SnapshotSection#read}) without changing anything yet and returns
     * what installs it. Reading everything before changing anything is what lets an import of several
     * stores be all or nothing.
     *
     * @throws IllegalArgumentException when the section is not a snapshot of this store
     */
    Runnable prepareRestore(SnapshotSection section);
}

package dev.liveengine.emulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** For the tests of one store: restores its section as an import of a whole snapshot would. */
public final class StoreSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreSnapshots() {
    }

    /**
     * Replaces the store's state with {@code section} (as {@link Store#export} gives it), through an
     * {@link EmulatorState} that holds the store alone.
     *
     * @throws IllegalArgumentException when the section is not a snapshot of this store
     */
    public static void restore(Store store, JsonNode section) {
        EmulatorState state = new EmulatorState();
        state.add(store);
        ObjectNode snapshot = JSON.createObjectNode().put("Version", EmulatorState.SNAPSHOT_VERSION);
        snapshot.putObject("Stores").set(store.name(), section);
        state.restore(snapshot);
    }
}

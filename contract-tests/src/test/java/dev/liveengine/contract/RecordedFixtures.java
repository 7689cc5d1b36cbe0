package dev.liveengine.contract;

import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.openapi.testing.SpecExamples;

/**
 * What {@link ProviderStates#RECORDED_OBJECTS_EXIST} means in the emulator: the state in which an
 * operation's recorded request examples succeed ({@link SpecExamples#recordedFixtures(String)}), the
 * shared snapshot, patched by the operation's own file where the shared one cannot serve it.
 */
final class RecordedFixtures {

    private RecordedFixtures() {
    }

    /** Replaces the emulator's whole state with the fixtures of the operation {@code operationId}. */
    static void load(EmulatorControl control, String operationId) {
        control.importState(SpecExamples.recordedFixtures(operationId));
    }
}

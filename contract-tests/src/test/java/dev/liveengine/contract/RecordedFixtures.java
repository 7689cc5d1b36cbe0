package dev.liveengine.contract;

import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.openapi.testing.SpecExamples;

/**
 * What {@link ProviderStates#RECORDED_OBJECTS_EXIST} means in the emulator: the state in which every
 * recorded request example succeeds ({@link SpecExamples#recordedFixtures()}).
 */
final class RecordedFixtures {

    private RecordedFixtures() {
    }

    /** Replaces the emulator's whole state with the fixtures. */
    static void load(EmulatorControl control) {
        control.importState(SpecExamples.recordedFixtures());
    }
}

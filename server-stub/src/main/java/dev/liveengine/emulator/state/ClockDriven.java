package dev.liveengine.emulator.state;

/**
 * A provider with changes that happen by the clock alone, such as a battle reaching its end: it
 * reports them when they are due. The emulator asks every second; a test that moves its clock asks
 * at once with {@code EmulatorControl.reportDueEvents()}. Called under the state lock.
 */
public interface ClockDriven {

    void reportDue();
}

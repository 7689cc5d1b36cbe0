package dev.liveengine.emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.LiveEngineEmulator;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When the extension starts, resets and stops its emulator: once for the class as a static field,
 * once per test as an instance field, and each test starts from an empty state.
 */
class LifecycleTest {

    private static final String ONE_GIFT = "{\"Version\": 1, \"Stores\": {\"gift\": {\"Gifts\": "
            + "[{\"GiftId\": \"rose\", \"Coins\": 10, \"DefaultName\": \"Rose\"}]}}}";

    /** What one test of the classes below saw as it started. */
    private record Sighting(LiveEngineEmulatorExtension extension, LiveEngineEmulator emulator, JsonNode stateAtStart) {
    }

    private static final List<Sighting> sightings = new ArrayList<>();

    /** Records what the test sees, then leaves a gift behind for the next test to (not) find. */
    private static void seeAndLeaveAGift(LiveEngineEmulatorExtension extension) throws IOException {
        sightings.add(new Sighting(extension, extension.emulator(), extension.control().exportState()));
        extension.control().importState(new ObjectMapper().readTree(ONE_GIFT));
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticField {

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

        @Test
        @Order(1)
        void first() throws IOException {
            seeAndLeaveAGift(emulator);
        }

        @Test
        @Order(2)
        void second() throws IOException {
            seeAndLeaveAGift(emulator);
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InstanceField {

        @RegisterExtension
        final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

        @Test
        @Order(1)
        void first() throws IOException {
            seeAndLeaveAGift(emulator);
        }

        @Test
        @Order(2)
        void second() throws IOException {
            seeAndLeaveAGift(emulator);
        }
    }

    @BeforeEach
    void forgetEarlierSightings() {
        sightings.clear();
    }

    @Test
    void asAStaticFieldOneEmulatorServesTheClassAndIsResetBetweenTests() {
        assertEquals(List.of(), ExtensionRuns.failuresOf(StaticField.class));
        Sighting first = sightings.get(0);
        Sighting second = sightings.get(1);
        assertSame(first.emulator(), second.emulator());
        assertEquals(first.stateAtStart(), second.stateAtStart(), "the gift of the first test is gone");
        assertStopped(first);
    }

    @Test
    void asAnInstanceFieldEachTestHasAnEmulatorOfItsOwn() {
        assertEquals(List.of(), ExtensionRuns.failuresOf(InstanceField.class));
        Sighting first = sightings.get(0);
        Sighting second = sightings.get(1);
        assertNotSame(first.emulator(), second.emulator());
        assertNotEquals(first.extension(), second.extension());
        assertEquals(first.stateAtStart(), second.stateAtStart());
        assertStopped(first);
        assertStopped(second);
    }

    /** After its test, or its class, the extension no longer hands the emulator out, which no longer listens. */
    private static void assertStopped(Sighting sighting) {
        assertThrows(IllegalStateException.class, sighting.extension()::emulator);
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), sighting.emulator().port()).close());
    }
}

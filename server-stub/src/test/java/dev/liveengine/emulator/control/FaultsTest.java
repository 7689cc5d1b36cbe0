package dev.liveengine.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.ServiceException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Injected failures and delays, per operation, used up call by call. */
class FaultsTest {

    private static final String SEND_GIFT = "live_engine_http_srv/send_gift";
    private static final String ADD_GIFT = "live_engine_http_srv/add_gift";

    private final Faults faults = new Faults();

    /** The code of the failure due for the next call, or 0 for none. */
    private int nextFailure(String operation) {
        return faults.takeFailure(operation).map(ServiceException::errorCode).orElse(0);
    }

    @Test
    void failuresAreUsedUpInTheOrderTheyWereSet() {
        faults.failNext(SEND_GIFT, 2, 70001, "first");
        faults.failNext(SEND_GIFT, 1, 102002, "second");

        Optional<ServiceException> first = faults.takeFailure(SEND_GIFT);
        assertEquals("first", first.orElseThrow().errorInfo());
        assertEquals(70001, nextFailure(SEND_GIFT));
        assertEquals(102002, nextFailure(SEND_GIFT));
        assertEquals(0, nextFailure(SEND_GIFT));
    }

    @Test
    void failuresOfOneOperationLeaveOthersAlone() {
        faults.failNext(SEND_GIFT, 1, 70001, "");
        assertEquals(0, nextFailure(ADD_GIFT));
        assertEquals(70001, nextFailure(SEND_GIFT));
    }

    @Test
    void aCountedDelayIsUsedUp() {
        faults.delay(SEND_GIFT, 500, 2);
        assertEquals(500, faults.takeDelay(SEND_GIFT));
        assertEquals(500, faults.takeDelay(SEND_GIFT));
        assertEquals(0, faults.takeDelay(SEND_GIFT));
        assertEquals(0, faults.takeDelay(ADD_GIFT));
    }

    @Test
    void anUncountedDelayLastsUntilCleared() {
        faults.delay(SEND_GIFT, 500, null);
        for (int i = 0; i < 100; i++) {
            assertEquals(500, faults.takeDelay(SEND_GIFT));
        }
        faults.clear();
        assertEquals(0, faults.takeDelay(SEND_GIFT));
    }

    @Test
    void aNewDelayReplacesTheOldOne() {
        faults.delay(SEND_GIFT, 500, null);
        faults.delay(SEND_GIFT, 20, 1);
        assertEquals(20, faults.takeDelay(SEND_GIFT));
        assertEquals(0, faults.takeDelay(SEND_GIFT));
    }

    @Test
    void clearRemovesFailuresAndDelays() {
        faults.failNext(SEND_GIFT, 3, 70001, "");
        faults.delay(ADD_GIFT, 500, 3);
        faults.clear();
        assertTrue(faults.takeFailure(SEND_GIFT).isEmpty());
        assertEquals(0, faults.takeDelay(ADD_GIFT));
    }
}

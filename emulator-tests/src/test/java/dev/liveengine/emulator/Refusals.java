package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.error.LiveEngineServiceException;
import org.junit.jupiter.api.function.Executable;

/** Refusals as the typed client reports them, for tests that assert on the code alone. */
public final class Refusals {

    private Refusals() {
    }

    /** The error code of the FAIL reply {@code call} gets; fails the test when it succeeds. */
    public static int refusedWith(Executable call) {
        return assertThrows(LiveEngineServiceException.class, call).errorCode();
    }
}

package dev.liveengine.emulator.pipeline;

import java.util.function.Supplier;

/**
 * The App administrator the current request acts as ({@code identifier}), for the few operations
 * whose outcome depends on it, such as create_room, whose owner defaults to the caller. The
 * pipeline sets it around each operation; operations run on the thread that calls them, so a
 * thread-local is exactly as wide as the call.
 */
public final class Caller {

    private static final ThreadLocal<String> IDENTIFIER = new ThreadLocal<>();

    private Caller() {
    }

    /** The caller's identifier; only inside an operation. */
    public static String identifier() {
        String identifier = IDENTIFIER.get();
        if (identifier == null) {
            throw new IllegalStateException("no request is being served on this thread");
        }
        return identifier;
    }

    static <T> T actingAs(String identifier, Supplier<T> work) {
        IDENTIFIER.set(identifier);
        try {
            return work.get();
        } finally {
            IDENTIFIER.remove();
        }
    }
}

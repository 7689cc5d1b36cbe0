package dev.liveengine.emulator.pipeline;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.RateLimit;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the documented rate limits with a fixed window per bucket (operations that share a
 * limit, like the mix-stream ones, share a bucket; otherwise an operation's bucket is its own
 * {@code service/command} name). Limits can be changed or switched off, since a test suite may want
 * more headroom than the real service gives.
 */
public final class RateLimiter {

    private final Clock clock;
    private final boolean enabled;
    private final Map<String, Integer> overrides;
    private final int scale;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * @param overrides requests per period, by operation name ({@code service/command}) or by
     *                  shared bucket name; an operation's own entry wins over its bucket's
     * @param scale     multiplies every documented limit that is not overridden
     */
    public RateLimiter(Clock clock, boolean enabled, Map<String, Integer> overrides, int scale) {
        this.clock = clock;
        this.enabled = enabled;
        this.overrides = Map.copyOf(overrides);
        this.scale = scale;
    }

    void acquire(OperationContract operation) {
        if (!enabled || operation.rateLimit().isEmpty()) {
            return;
        }
        RateLimit documented = operation.rateLimit().get();
        int scaled = (int) Math.min(Integer.MAX_VALUE, (long) documented.requests() * scale);
        int allowed = overrides.getOrDefault(operation.name(), overrides.getOrDefault(documented.bucket(), scaled));
        long windowMillis = documented.periodSeconds() * 1000L;
        Window window = windows.computeIfAbsent(documented.bucket(), bucket -> new Window());
        if (!window.tryTake(clock.millis() / windowMillis, allowed)) {
            throw new ServiceException(documented.errorCode(), "rate limit exceeded: " + documented.bucket()
                    + " allows " + allowed + " calls per " + documented.periodSeconds() + " s");
        }
    }

    public void reset() {
        windows.clear();
    }

    private static final class Window {
        private long index = Long.MIN_VALUE;
        private int taken;

        synchronized boolean tryTake(long currentIndex, int allowed) {
            if (currentIndex != index) {
                index = currentIndex;
                taken = 0;
            }
            if (taken >= allowed) {
                return false;
            }
            taken++;
            return true;
        }
    }
}

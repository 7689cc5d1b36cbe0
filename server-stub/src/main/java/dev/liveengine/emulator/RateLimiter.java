package dev.liveengine.emulator;

import dev.liveengine.emulator.contract.RateLimit;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the documented rate limits with a fixed window per bucket (commands that share a limit,
 * like the mix-stream ones, share a bucket). Limits can be raised, lowered or switched off, since
 * a test suite may want more headroom than the real service gives.
 */
final class RateLimiter {

    private final Clock clock;
    private final boolean enabled;
    private final Map<String, Integer> overrides;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock, boolean enabled, Map<String, Integer> overrides) {
        this.clock = clock;
        this.enabled = enabled;
        this.overrides = Map.copyOf(overrides);
    }

    void acquire(String command, RateLimit documented) {
        if (!enabled) {
            return;
        }
        int allowed = overrides.getOrDefault(command, overrides.getOrDefault(documented.bucket(), documented.requests()));
        long windowMillis = documented.periodSeconds() * 1000L;
        Window window = windows.computeIfAbsent(documented.bucket(), bucket -> new Window());
        if (!window.tryTake(clock.millis() / windowMillis, allowed)) {
            throw new ServiceException(documented.errorCode(), "rate limit exceeded: " + documented.bucket()
                    + " allows " + allowed + " calls per " + documented.periodSeconds() + " s");
        }
    }

    void reset() {
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

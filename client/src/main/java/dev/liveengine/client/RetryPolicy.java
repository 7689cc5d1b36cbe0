package dev.liveengine.client;

import java.time.Duration;

/**
 * When and how often a failed request is sent again. A request is retried only when doing so
 * cannot apply it twice: the service refused it outright (rate limited, connection never made),
 * or the operation is idempotent and failed in a way that may be transient.
 *
 * @param maxAttempts  attempts in all, including the first (1 disables retries)
 * @param initialDelay wait before the first retry; doubled for each further retry
 * @param maxDelay     upper bound of a single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** Wait before attempt {@code attempt + 1}, where {@code attempt} counts from 1. */
    Duration delayAfter(int attempt) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

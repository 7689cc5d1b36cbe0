package dev.liveengine.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, so expiry and rate windows need no sleeping. */
public final class MutableClock extends Clock {

    /** Where clocks start unless a test needs real time: a whole day, so at the start of every rate-limit window. */
    public static final Instant DEFAULT_START = Instant.parse("2025-06-01T00:00:00Z");

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    /**
     * Moves forward, if needed, to a whole number of {@code periods} since the epoch: where the
     * emulator's fixed rate-limit windows of that length start.
     */
    public void advanceToMultipleOf(Duration period) {
        long periodMillis = period.toMillis();
        long remainder = Math.floorMod(now.toEpochMilli(), periodMillis);
        if (remainder != 0) {
            advance(Duration.ofMillis(periodMillis - remainder));
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new IllegalArgumentException("MutableClock only runs in UTC");
        }
        return this;
    }
}

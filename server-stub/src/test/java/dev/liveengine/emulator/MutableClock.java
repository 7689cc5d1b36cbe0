package dev.liveengine.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, so expiry and rate windows need no sleeping. */
final class MutableClock extends Clock {

    /** Where clocks start unless a test needs real time: a whole second, far from any window edge. */
    static final Instant DEFAULT_START = Instant.parse("2025-06-01T00:00:00Z");

    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock at the current real time (whole seconds), for tokens whose issue time we do not control. */
    static MutableClock atRealTime() {
        return new MutableClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    void advance(Duration by) {
        now = now.plus(by);
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

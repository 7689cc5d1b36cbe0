package dev.liveengine.emulator.webhook;

import java.time.Instant;

/**
 * One webhook the emulator made (or could not make), as the control API lists it. The URL is the
 * one called, without {@code Sign}: a record never holds anything derived from the token.
 *
 * @param status the receiver's HTTP status, 0 when no answer came
 * @param outcome {@code delivered}, or why not (timeout, connection refused, queue full...)
 */
public record Delivery(long id, String callbackCommand, String url, Instant sentAt, int status, long latencyMillis,
                       String outcome, String body, String reply) {

    public static final String DELIVERED = "delivered";

    public boolean delivered() {
        return DELIVERED.equals(outcome);
    }
}

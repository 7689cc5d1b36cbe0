package dev.liveengine.emulator.control;

import dev.liveengine.emulator.ServiceException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults injected through the control API, per operation name ({@code service/command}): a number
 * of calls answered FAIL with a chosen code, and an added delay. They act at the level a client of
 * this always-HTTP-200 API sees: the envelope, not the HTTP status.
 */
public final class Faults {

    private record Failure(int errorCode, String errorInfo, int remaining) {
    }

    private record Delay(long millis, int remaining) {
        static final int UNTIL_CLEARED = -1;
    }

    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final Map<String, Delay> delays = new HashMap<>();

    /** The next {@code count} calls of {@code operation} answer FAIL with {@code errorCode}, after any already queued. */
    public synchronized void failNext(String operation, int count, int errorCode, String errorInfo) {
        failures.computeIfAbsent(operation, name -> new ArrayDeque<>()).addLast(new Failure(errorCode, errorInfo, count));
    }

    /** Adds {@code millis} to the reply of the next {@code count} calls of {@code operation}, or of every call when null. */
    public synchronized void delay(String operation, long millis, Integer count) {
        delays.put(operation, new Delay(millis, count == null ? Delay.UNTIL_CLEARED : count));
    }

    /** Takes the failure due for this call of {@code operation}, if one is queued. */
    public synchronized Optional<ServiceException> takeFailure(String operation) {
        Deque<Failure> queued = failures.get(operation);
        if (queued == null || queued.isEmpty()) {
            return Optional.empty();
        }
        Failure next = queued.removeFirst();
        if (next.remaining() > 1) {
            queued.addFirst(new Failure(next.errorCode(), next.errorInfo(), next.remaining() - 1));
        }
        return Optional.of(new ServiceException(next.errorCode(), next.errorInfo()));
    }

    /** The delay due for this call of {@code operation} in milliseconds, 0 for none. */
    public synchronized long takeDelay(String operation) {
        Delay delay = delays.get(operation);
        if (delay == null) {
            return 0;
        }
        if (delay.remaining() == 1) {
            delays.remove(operation);
        } else if (delay.remaining() > 1) {
            delays.put(operation, new Delay(delay.millis(), delay.remaining() - 1));
        }
        return delay.millis();
    }

    public synchronized void clear() {
        failures.clear();
        delays.clear();
    }
}

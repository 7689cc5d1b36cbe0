package dev.liveengine.emulator.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The calls of the Live Engine API the emulator received, newest last, for tests to assert on. It
 * keeps the latest {@value #CAPACITY} so that a long-running emulator does not grow without bound.
 */
public final class Journal {

    static final int CAPACITY = 10_000;

    /** One call: the operation as {@code service/command}, its operationId, and the outcome. */
    public record Call(String operation, String operationId, String requestId, int errorCode, Instant time) {
    }

    private final Deque<Call> calls = new ArrayDeque<>();

    public synchronized void record(Call call) {
        if (calls.size() == CAPACITY) {
            calls.removeFirst();
        }
        calls.addLast(call);
    }

    /** The newest {@code limit} calls of {@code operation} (every operation when null), oldest first. */
    public synchronized List<Call> latest(String operation, int limit) {
        List<Call> matching = new ArrayList<>();
        for (var it = calls.descendingIterator(); it.hasNext() && matching.size() < limit; ) {
            Call call = it.next();
            if (operation == null || operation.equals(call.operation())) {
                matching.add(call);
            }
        }
        Collections.reverse(matching);
        return matching;
    }

    public synchronized void clear() {
        calls.clear();
    }
}

package dev.liveengine.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The journal: newest last, bounded, filtered by operation, cut to the newest calls. */
class JournalTest {

    private static final String SEND_GIFT = "live_engine_http_srv/send_gift";
    private static final String ADD_GIFT = "live_engine_http_srv/add_gift";
    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");

    private final Journal journal = new Journal();

    /** The {@code n}th call, of {@code operation}; its RequestId and time tell calls apart. */
    private static Journal.Call call(int n, String operation) {
        return new Journal.Call(operation, operation.equals(SEND_GIFT) ? "sendGift" : "addGift", "request-" + n, 0, START.plusSeconds(n));
    }

    @Test
    void callsComeOldestFirstAndTheLimitKeepsTheNewest() {
        List<Journal.Call> calls = IntStream.rangeClosed(1, 5).mapToObj(n -> call(n, SEND_GIFT)).toList();
        calls.forEach(journal::record);
        assertEquals(calls, journal.latest(null, 10));
        assertEquals(calls.subList(3, 5), journal.latest(null, 2));
    }

    @Test
    void theFilterKeepsOneOperationsCalls() {
        Journal.Call first = call(1, SEND_GIFT);
        Journal.Call second = call(2, ADD_GIFT);
        Journal.Call third = call(3, SEND_GIFT);
        List.of(first, second, third).forEach(journal::record);
        assertEquals(List.of(first, third), journal.latest(SEND_GIFT, 10));
        assertEquals(List.of(third), journal.latest(SEND_GIFT, 1));
        assertEquals(List.of(second), journal.latest(ADD_GIFT, 10));
    }

    @Test
    void theOldestCallsMakeRoomBeyondTheCapacity() {
        int recorded = Journal.CAPACITY + 3;
        IntStream.rangeClosed(1, recorded).forEach(n -> journal.record(call(n, SEND_GIFT)));
        List<Journal.Call> kept = journal.latest(null, Integer.MAX_VALUE);
        assertEquals(Journal.CAPACITY, kept.size());
        assertEquals(call(4, SEND_GIFT), kept.get(0), "the three oldest calls were dropped");
        assertEquals(call(recorded, SEND_GIFT), kept.get(kept.size() - 1));
    }

    @Test
    void clearForgetsEveryCall() {
        journal.record(call(1, SEND_GIFT));
        journal.clear();
        assertEquals(List.of(), journal.latest(null, 10));
    }
}

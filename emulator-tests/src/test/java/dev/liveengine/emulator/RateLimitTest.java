package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented {@code x-rate-limit} of every operation of the spec, each a test of its own, driven
 * by a clock that only moves when told to: every call of a test falls in the same window until the
 * test advances it. Changed and switched-off limits: {@link RateLimitSettingsTest}.
 */
class RateLimitTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);
    /** Each operation's recorded fixtures, read once: the window of one operation imports them hundreds of times. */
    private static final Map<String, JsonNode> FIXTURES = new HashMap<>();

    @BeforeEach
    void seedWhatTheRecordedAddGiftNeeds() {
        seed(SpecExamples.operation("addGift"));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationKeepsItsDocumentedLimit() {
        return SpecExamples.operations().stream().map(operation -> dynamicTest(operation.operationId(), () -> {
            // the dynamic tests share one emulator: each starts afresh, at the start of a window
            emulator.control().reset();
            clock.advanceToMultipleOf(period(operation));
            keepsItsLimit(operation);
        }));
    }

    /**
     * Uses up the window with the operation's recorded request, shared round-robin among the
     * operations of its bucket (if it shares one), then checks that the next call is refused and acts
     * on nothing, that other buckets are untouched, and that the next window is fresh.
     *
     * <p>Every call is made in a state seeded afresh for it, because some recorded requests cannot
     * succeed twice in a row: create_room refuses the same RoomId again within a second (100012), and
     * destroy_room then finds no room (100004). Seeded, every call is one that succeeds unless the
     * limit refuses it, so each call of the window must be OK, the refusal over the limit is the
     * limit's alone, and "acts on nothing" is a real check (a create_room over the limit would have
     * created its room). Importing a state leaves the rate-limit counters as they are.
     */
    private static void keepsItsLimit(Operation operation) {
        SpecExamples.RateLimit limit = operation.rateLimit();
        List<Operation> bucket = sharingTheBucketOf(operation);
        for (int i = 0; i < limit.requests(); i++) {
            ok(callSeeded(bucket.get(i % bucket.size())));
        }
        seed(operation);
        JsonNode before = emulator.control().exportState();
        fails(limit.errorCode(), http.call(operation, RecordedRequests.of(operation)));
        assertEquals(before, emulator.control().exportState(), "a call over the limit must not act");

        clock.advance(period(operation).minusMillis(1));
        fails(limit.errorCode(), callSeeded(operation));
        for (Operation other : SpecExamples.operations()) {
            if (!bucket.contains(other)) {
                ok(callSeeded(other));
            }
        }

        clock.advance(Duration.ofMillis(1));
        ok(callSeeded(operation));
    }

    /** The operation's recorded request, in the state it needs. */
    private static EmulatorHttp.Reply callSeeded(Operation operation) {
        seed(operation);
        return http.call(operation, RecordedRequests.of(operation));
    }

    private static void seed(Operation operation) {
        emulator.control().importState(FIXTURES.computeIfAbsent(operation.operationId(), SpecExamples::recordedFixtures));
    }

    /** The operations that draw on the operation's counter: those naming its bucket, or itself alone. */
    private static List<Operation> sharingTheBucketOf(Operation operation) {
        Optional<String> bucket = operation.rateLimit().bucket();
        if (bucket.isEmpty()) {
            return List.of(operation);
        }
        return SpecExamples.operations().stream().filter(other -> other.rateLimit().bucket().equals(bucket)).toList();
    }

    private static Duration period(Operation operation) {
        return Duration.ofSeconds(operation.rateLimit().periodSeconds());
    }

    // ---- what the spec does not spell out per operation ------------------------------------------

    @Test
    void aGiftAddedOverTheLimitIsNotStored() {
        Operation addGift = SpecExamples.operation("addGift");
        useUpTheWindow(addGift);
        JsonNode before = emulator.control().exportState();
        fails(addGift.rateLimit().errorCode(), http.call(addGift, RecordedRequests.of(addGift).put("GiftId", "car")));
        assertEquals(before, emulator.control().exportState(), "a refused add_gift must not store its gift");
    }

    @Test
    void theLimitIsPerAppNotPerRoom() throws Exception {
        Operation resume = SpecExamples.operation("resumeMcuTask");
        emulator.control().importState(EmulatorHttp.JSON.readTree("""
                {"Version": 1, "Stores": {"mixStream": {"Tasks": [
                  {"RoomId": "mix1", "Status": "STOPPED"}, {"RoomId": "mix2", "Status": "STOPPED"}]}}}"""));
        for (int i = 0; i < resume.rateLimit().requests(); i++) {
            ok(http.call(resume, EmulatorHttp.json("RoomId", "mix1")));
        }
        fails(resume.rateLimit().errorCode(), http.call(resume, EmulatorHttp.json("RoomId", "mix2")));
    }

    @Test
    void refusedCredentialsDoNotUseUpTheLimit() {
        Operation addGift = SpecExamples.operation("addGift");
        for (int i = 0; i < addGift.rateLimit().requests(); i++) {
            fails(ErrorCodes.USERSIG_EMPTY, http.post(addGift, http.query().with("usersig", ""), RecordedRequests.of(addGift)));
        }
        ok(http.call(addGift, RecordedRequests.of(addGift)));
    }

    @Test
    void resetStartsTheCountersAfresh() {
        Operation addGift = SpecExamples.operation("addGift");
        useUpTheWindow(addGift);
        fails(addGift.rateLimit().errorCode(), http.call(addGift, RecordedRequests.of(addGift)));
        emulator.control().reset();
        ok(http.call(addGift, RecordedRequests.of(addGift)));
    }

    private static void useUpTheWindow(Operation operation) {
        for (int i = 0; i < operation.rateLimit().requests(); i++) {
            ok(http.call(operation, RecordedRequests.of(operation)));
        }
    }
}

package dev.liveengine.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Faults commands of the control API over HTTP: fail_next_calls, delay_calls and clear_faults. */
class FaultsApiTest {

    private static final String FAIL_NEXT_CALLS = "/emulator/v1/fail_next_calls";
    private static final String DELAY_CALLS = "/emulator/v1/delay_calls";
    private static final String CLEAR_FAULTS = "/emulator/v1/clear_faults";

    private static final Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");
    /** Longer than any test waits for it: a call delayed by this much is still unanswered when the test ends. */
    private static final int LONG_DELAY_MILLIS = 60_000;

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** The room, gift and statistics that the recorded send_gift and get_gift_count requests name. */
    @BeforeEach
    void seedWhatTheRecordedRequestsNeed() {
        emulator.control().importState(SpecExamples.recordedFixtures(SEND_GIFT.operationId()));
    }

    private static Reply sendGift() {
        return http.call(SEND_GIFT, RecordedRequests.of(SEND_GIFT));
    }

    private static Reply getGiftCount() {
        return http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT));
    }

    /** The operation's name as {@code service/command}. */
    private static String serviceAndCommand(Operation operation) {
        return operation.service() + "/" + operation.command();
    }

    // ---- fail_next_calls -------------------------------------------------------------------------

    @Test
    void theNextCallsAnswerTheChosenCodeWithoutRunningThenCallsRunAgain() {
        ok(http.call(FAIL_NEXT_CALLS, json("Operation", SEND_GIFT.operationId(), "ErrorCode", ErrorCodes.USERSIG_EXPIRED,
                "ErrorInfo", "injected by the test", "Count", 2)));
        JsonNode before = emulator.control().exportState();

        for (int i = 0; i < 2; i++) {
            Reply reply = fails(ErrorCodes.USERSIG_EXPIRED, sendGift());
            assertEquals("injected by the test", reply.info());
            ok(getGiftCount()); // other operations are not affected
        }
        assertEquals(before, emulator.control().exportState(), "a failed call is not carried out");

        ok(sendGift());
        assertFalse(before.equals(emulator.control().exportState()), "the next call is carried out");
    }

    @Test
    void anOperationCanBeNamedAsServiceAndCommandAndOneCallFailsByDefault() {
        ok(http.call(FAIL_NEXT_CALLS, json("Operation", serviceAndCommand(SEND_GIFT), "ErrorCode", ErrorCodes.GIFT_NOT_FOUND)));
        Reply reply = fails(ErrorCodes.GIFT_NOT_FOUND, sendGift());
        assertEquals("", reply.info(), "ErrorInfo is empty when none was given");
        ok(sendGift());
    }

    @Test
    void failuresAreAnsweredInTheOrderTheyWereSet() {
        ok(http.call(FAIL_NEXT_CALLS, json("Operation", SEND_GIFT.operationId(), "ErrorCode", ErrorCodes.USERSIG_EXPIRED)));
        ok(http.call(FAIL_NEXT_CALLS, json("Operation", SEND_GIFT.operationId(), "ErrorCode", ErrorCodes.GIFT_NOT_FOUND)));
        fails(ErrorCodes.USERSIG_EXPIRED, sendGift());
        fails(ErrorCodes.GIFT_NOT_FOUND, sendGift());
        ok(sendGift());
    }

    @ParameterizedTest
    @ValueSource(strings = {"noSuchOperation", "live_engine_http_srv/no_such_command", "no_such_srv/send_gift"})
    void anUnknownOperationIsRefusedByName(String name) {
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(FAIL_NEXT_CALLS, json("Operation", name, "ErrorCode", ErrorCodes.USERSIG_EXPIRED)));
        assertTrue(reply.info().contains(name), reply.info());
        Reply delay = fails(ErrorCodes.INVALID_PARAMETER, http.call(DELAY_CALLS, json("Operation", name, "DelayMillis", 1)));
        assertTrue(delay.info().contains(name), delay.info());
    }

    // ---- delay_calls -----------------------------------------------------------------------------

    @Test
    void aDelayedReplyDoesNotHoldUpACallOfAnotherOperation() {
        ok(http.call(DELAY_CALLS, json("Operation", GET_GIFT_COUNT.operationId(), "DelayMillis", LONG_DELAY_MILLIS)));
        CompletableFuture<Reply> delayed = http.callAsync(GET_GIFT_COUNT.path(), RecordedRequests.of(GET_GIFT_COUNT));
        try {
            awaitJournaled(GET_GIFT_COUNT);
            ok(sendGift());
            assertFalse(delayed.isDone(), "the delayed reply came first");
        } finally {
            delayed.cancel(true);
        }
    }

    @Test
    void onlyTheNextCountCallsAreDelayed() {
        ok(http.call(DELAY_CALLS, json("Operation", serviceAndCommand(GET_GIFT_COUNT), "DelayMillis", LONG_DELAY_MILLIS, "Count", 1)));
        CompletableFuture<Reply> delayed = http.callAsync(GET_GIFT_COUNT.path(), RecordedRequests.of(GET_GIFT_COUNT));
        try {
            awaitJournaled(GET_GIFT_COUNT);
            ok(getGiftCount()); // the driver's timeout is far shorter than the delay, so this one was not delayed
            assertFalse(delayed.isDone(), "the delayed reply came first");
        } finally {
            delayed.cancel(true);
        }
    }

    @Test
    void aDelayedCallIsCarriedOutAndAnsweredAfterTheDelay() {
        int delayMillis = 200;
        ok(http.call(DELAY_CALLS, json("Operation", SEND_GIFT.operationId(), "DelayMillis", delayMillis, "Count", 1)));
        int sequenceBefore = giftSequence();
        long start = System.nanoTime();
        ok(sendGift());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= delayMillis, "answered before the delay was up");
        assertEquals(sequenceBefore + 1, giftSequence(), "the delayed call was carried out");
    }

    /** The gift statistics' change counter of the room the recorded send_gift request sends to. */
    private static int giftSequence() {
        ObjectNode query = RecordedRequests.of(GET_GIFT_COUNT).put("RoomId", RecordedRequests.of(SEND_GIFT).path("RoomId").asText());
        return ok(http.call(GET_GIFT_COUNT, query)).json().at("/Response/Sequence").asInt();
    }

    /**
     * Waits until the emulator has journaled a call of the operation, which it does before it holds
     * the reply back: from then on the call is known to be in the emulator's hands.
     */
    private static void awaitJournaled(Operation operation) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (emulator.control().journal(operation.operationId(), 1).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, () -> "the emulator never received the call of " + operation);
            Thread.onSpinWait();
        }
    }

    // ---- clear_faults ----------------------------------------------------------------------------

    @Test
    void clearFaultsRemovesFailuresAndDelaysButKeepsStateAndJournal() {
        ok(sendGift());
        ok(http.call(FAIL_NEXT_CALLS, json("Operation", GET_GIFT_COUNT.operationId(), "ErrorCode", ErrorCodes.USERSIG_EXPIRED, "Count", 5)));
        ok(http.call(DELAY_CALLS, json("Operation", GET_GIFT_COUNT.operationId(), "DelayMillis", LONG_DELAY_MILLIS)));
        JsonNode state = emulator.control().exportState();
        var journal = emulator.control().journal(null, Integer.MAX_VALUE);

        ok(http.call(CLEAR_FAULTS, json()));

        assertEquals(state, emulator.control().exportState());
        assertEquals(journal, emulator.control().journal(null, Integer.MAX_VALUE));
        ok(getGiftCount()); // neither failed nor delayed past the driver's timeout
    }
}

package dev.liveengine.emulator.control;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** get_journal over HTTP: which Live Engine calls the emulator answered, and how. */
class JournalApiTest {

    private static final String GET_JOURNAL = "/emulator/v1/get_journal";

    private static final Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** The room the recorded get_gift_count request reads must exist. */
    @BeforeEach
    void seedWhatTheRecordedRequestNeeds() {
        emulator.control().importState(SpecExamples.recordedFixtures(GET_GIFT_COUNT.operationId()));
    }

    /** The calls get_journal lists, each Time rewritten as {@link Instant#toString()} does, which the entries below use. */
    private static JsonNode journal(JsonNode request) {
        JsonNode calls = ok(http.call(GET_JOURNAL, request)).json().path("Calls");
        calls.forEach(call -> ((ObjectNode) call).put("Time", OffsetDateTime.parse(call.path("Time").asText()).toInstant().toString()));
        return calls;
    }

    /** The entry the journal should hold for {@code reply} to a call of {@code operation} that arrived at {@code time}. */
    private static JsonNode entry(Operation operation, Reply reply, Instant time) {
        return json("Operation", operation.service() + "/" + operation.command(), "OperationId", operation.operationId(),
                "RequestId", reply.requestId(), "ErrorCode", reply.code(), "Time", time.toString());
    }

    @Test
    void everyCallIsListedWithItsOutcomeAndTheTimeOfTheTestClock() {
        Instant first = clock.instant();
        Reply counted = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        clock.advance(Duration.ofMillis(1500));
        Reply refused = fails(ErrorCodes.GIFT_NOT_FOUND, http.call(SEND_GIFT, RecordedRequests.of(SEND_GIFT).put("GiftId", "no-such-gift")));

        ArrayNode expected = EmulatorHttp.JSON.createArrayNode()
                .add(entry(GET_GIFT_COUNT, counted, first))
                .add(entry(SEND_GIFT, refused, first.plusMillis(1500)));
        assertEquals(expected, journal(json()));
    }

    @Test
    void callsCanBeFilteredByOperationAndLimitedToTheNewest() {
        Reply oldest = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        Reply sent = http.call(SEND_GIFT, RecordedRequests.of(SEND_GIFT));
        Reply middle = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        Reply newest = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        Instant now = clock.instant();

        assertEquals(EmulatorHttp.JSON.createArrayNode().add(entry(SEND_GIFT, sent, now)),
                journal(json("Operation", SEND_GIFT.operationId())));
        assertEquals(EmulatorHttp.JSON.createArrayNode().add(entry(GET_GIFT_COUNT, oldest, now))
                        .add(entry(GET_GIFT_COUNT, middle, now)).add(entry(GET_GIFT_COUNT, newest, now)),
                journal(json("Operation", GET_GIFT_COUNT.service() + "/" + GET_GIFT_COUNT.command())));
        assertEquals(EmulatorHttp.JSON.createArrayNode().add(entry(GET_GIFT_COUNT, middle, now)).add(entry(GET_GIFT_COUNT, newest, now)),
                journal(json("Limit", 2)));
    }

    @Test
    void controlCallsAndUnknownPathsAreNotJournaled() {
        Reply counted = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        ok(http.call("/emulator/v1/export_state", json()));
        ok(http.call("/emulator/v1/clear_faults", json()));
        journal(json());
        fails(ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, http.call("/v4/" + GET_GIFT_COUNT.service() + "/no_such_command", json()));

        assertEquals(EmulatorHttp.JSON.createArrayNode().add(entry(GET_GIFT_COUNT, counted, clock.instant())), journal(json()));
    }

    @Test
    void anUnknownOperationFilterIsRefusedByName() {
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_JOURNAL, json("Operation", "noSuchOperation")));
        assertTrue(reply.info().contains("noSuchOperation"), reply.info());
    }
}

package dev.liveengine.emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.model.GetGiftCountRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply of the emulator that breaks the spec fails the test that caused it, even when the test
 * itself saw nothing wrong.
 */
class ReplyCheckingTest {

    /** Imports room1 with gift statistics of {@code totalCount} gifts, then reads them through the client. */
    private static void readStatisticsWithTotalCount(LiveEngineEmulatorExtension emulator, long totalCount) throws IOException {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "room": {"Rooms": [{"RoomId": "room1", "Owner": "administrator", "CreateTime": 0, "Settings": {}}]},
                  "gift": {"Rooms": [{"RoomId": "room1", "Sequence": 1, "TotalCount": %d, "TotalCoins": 0, "Senders": []}]}}}"""
                .formatted(totalCount)));
        emulator.client().getGiftCount(new GetGiftCountRequest().roomId("room1").fromAccount("viewer"));
    }

    /**
     * Imports statistics below zero, which no sequence of calls could produce and which the
     * get_gift_count reply schema forbids (minimum 0): the emulator then answers a reply that breaks
     * the spec. The client does not check ranges, so the test method itself passes.
     */
    static class ImportingImpossibleStatistics {

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

        @Test
        void readsTheStatistics() throws IOException {
            readStatisticsWithTotalCount(emulator, -5);
        }
    }

    /** The same emulator and calls, with statistics that can exist. */
    static class ImportingPossibleStatistics {

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

        @Test
        void readsTheStatistics() throws IOException {
            readStatisticsWithTotalCount(emulator, 5);
        }
    }

    @Test
    void aReplyBreakingTheSpecFailsTheTestThatCausedIt() {
        List<Throwable> failures = ExtensionRuns.failuresOf(ImportingImpossibleStatistics.class);
        assertEquals(1, failures.size(), () -> "the test, and only it, fails: " + failures);
        AssertionError failure = assertInstanceOf(AssertionError.class, failures.get(0));
        String message = failure.getMessage();
        assertTrue(message.contains("break the spec") && message.contains("get_gift_count") && message.contains("TotalCount"), message);
    }

    @Test
    void repliesKeepingToTheSpecFailNothing() {
        assertEquals(List.of(), ExtensionRuns.failuresOf(ImportingPossibleStatistics.class));
    }
}

package dev.liveengine.emulator.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoomGiftTotalsTest {

    /** The same state exports the same bytes: the senders are listed by ID, whatever order they sent in. */
    @Test
    void aSnapshotListsTheSendersByIdWhateverOrderTheySentIn() {
        RoomGiftTotals totals = new RoomGiftTotals();
        for (String sender : List.of("u9", "u10", "alice", "u1", "alice", "Bob")) {
            totals.add(sender, 1, 10);
        }
        assertEquals(List.of("Bob", "alice", "u1", "u10", "u9"), List.copyOf(totals.snapshot("r1").senders()));
        assertEquals(new RoomGiftTotals.View(6, 6, 60, 5), totals.view());
    }
}

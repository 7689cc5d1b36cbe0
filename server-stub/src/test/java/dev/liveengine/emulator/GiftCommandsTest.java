package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.giftBody;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** add_gift, send_gift and get_gift_count acting together on the emulator's state. */
class GiftCommandsTest {

    // several gifts per test: the documented 1 add_gift per second would refuse all but the first
    @RegisterExtension
    static final EmulatorHttp http = EmulatorHttp.start(b -> b.rateLimit("add_gift", 1000));

    private static void assertStatistics(JsonNode statistics, long sequence, long count, long coins, long senders) {
        assertEquals(sequence, statistics.path("Sequence").asLong(-1), () -> "Sequence in " + statistics);
        assertEquals(count, statistics.path("TotalCount").asLong(-1), () -> "TotalCount in " + statistics);
        assertEquals(coins, statistics.path("TotalCoins").asLong(-1), () -> "TotalCoins in " + statistics);
        assertEquals(senders, statistics.path("GiftSenderCount").asLong(-1), () -> "GiftSenderCount in " + statistics);
    }

    @Test
    void sentGiftsAddUpPerRoom() {
        ok(http.addGift("rose", 10));
        ok(http.addGift("car", 100));

        ok(http.sendGift("room1", "rose", "alice", 3));   // 3 gifts, 30 coins
        ok(http.sendGift("room1", "car", "bob", 1));      // 1 gift, 100 coins
        ok(http.sendGift("room1", "car", "alice", 2));    // 2 gifts, 200 coins
        ok(http.sendGift("room2", "rose", "carol", 5));   // another room

        assertStatistics(ok(http.giftCount("room1")).statistics(), 3, 6, 330, 2);
        assertStatistics(ok(http.giftCount("room2")).statistics(), 1, 5, 50, 1);
    }

    @Test
    void anOmittedCountCountsAsOne() {
        ok(http.addGift("rose", 10));
        ok(http.sendGift("room1", "rose", "alice", null));
        assertStatistics(ok(http.giftCount("room1")).statistics(), 1, 1, 10, 1);
    }

    @Test
    void anUnknownGiftIs102002AndChangesNothing() {
        ok(http.addGift("rose", 10));
        ok(http.sendGift("room1", "rose", "alice", 2));

        var reply = fails(102002, http.sendGift("room1", "tulip", "bob", 4));
        assertTrue(reply.info().contains("tulip"), reply.info());

        assertStatistics(ok(http.giftCount("room1")).statistics(), 1, 2, 20, 1);
    }

    @Test
    void theSeventeenthDistinctGiftIs102006ButExistingOnesCanBeReplaced() {
        for (int i = 1; i <= 16; i++) {
            ok(http.addGift("gift" + i, i));
        }
        fails(102006, http.addGift("gift17", 17));
        assertEquals(16, http.emulator.state().gifts().size());
        assertTrue(http.emulator.state().gifts().find("gift17").isEmpty());

        // re-adding an ID that exists replaces its settings and does not count as a new gift
        ok(http.addGift("gift3", 1000));
        assertEquals(16, http.emulator.state().gifts().size());
        ok(http.sendGift("room1", "gift3", "alice", 2));
        assertStatistics(ok(http.giftCount("room1")).statistics(), 1, 2, 2000, 1);
    }

    @Test
    void theGiftCapFollowsTheSettings() {
        try (EmulatorHttp small = EmulatorHttp.start(b -> b.rateLimits(false).maxGifts(2))) {
            ok(small.addGift("a", 1));
            ok(small.addGift("b", 1));
            fails(102006, small.addGift("c", 1));
        }
    }

    @Test
    void coinTotalsNeverWrapRound() {
        // TotalCoins is documented as a non-negative int64; an overflowing sum stays at the largest value
        ok(http.addGift("diamond", Long.MAX_VALUE));
        ok(http.sendGift("room1", "diamond", "alice", 2));
        assertStatistics(ok(http.giftCount("room1")).statistics(), 1, 2, Long.MAX_VALUE, 1);
        ok(http.addGift("rose", 10));
        ok(http.sendGift("room1", "rose", "bob", 1));
        assertStatistics(ok(http.giftCount("room1")).statistics(), 2, 3, Long.MAX_VALUE, 2);

        ok(http.sendGift("room2", "diamond", "alice", 1));
        ok(http.sendGift("room2", "diamond", "bob", 1));
        assertStatistics(ok(http.giftCount("room2")).statistics(), 2, 2, Long.MAX_VALUE, 2);
    }

    @Test
    void aRoomWithoutGiftsHasZeroStatistics() {
        ok(http.addGift("rose", 10));
        ok(http.sendGift("room1", "rose", "alice", 1));
        JsonNode statistics = ok(http.giftCount("quiet-room")).statistics();
        assertTrue(statistics.isObject(), () -> "no Response object: " + statistics);
        assertStatistics(statistics, 0, 0, 0, 0);
    }

    @Test
    void storedGiftKeepsItsSettings() {
        var body = giftBody("rose", 10).put("Level", 3).put("ExtensionInfo", "{\"k\":1}");
        ok(http.call("add_gift", body));
        var stored = http.emulator.state().gifts().find("rose").orElseThrow();
        assertEquals(10L, stored.getCoins());
        assertEquals(3, stored.getLevel());
        assertEquals("{\"k\":1}", stored.getExtensionInfo());
    }

    @Test
    void resetForgetsEverything() {
        ok(http.addGift("rose", 10));
        ok(http.sendGift("room1", "rose", "alice", 1));
        http.emulator.state().mixTasks().create("mix1");

        http.emulator.reset();

        assertEquals(0, http.emulator.state().gifts().size());
        assertTrue(http.emulator.state().mixTasks().status("mix1").isEmpty());
        assertStatistics(ok(http.giftCount("room1")).statistics(), 0, 0, 0, 0);
        fails(102002, http.sendGift("room1", "rose", "alice", 1));
        fails(100424, http.resumeMix("mix1"));
    }
}

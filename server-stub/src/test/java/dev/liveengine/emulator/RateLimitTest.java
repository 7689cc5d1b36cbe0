package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The documented x-rate-limit windows, driven by a clock that only moves when told to, so every
 * call of a test falls in the same window until the test advances it.
 */
class RateLimitTest {

    @Test
    void addGiftAllowsOneCallPerSecond() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            ok(http.addGift("rose", 10));
            fails(100012, http.addGift("car", 100));
            assertTrue(http.emulator.state().gifts().find("car").isEmpty(), "a limited call must not act");

            http.clock.advance(Duration.ofMillis(999));
            fails(100012, http.addGift("car", 100));

            http.clock.advance(Duration.ofMillis(1));
            ok(http.addGift("car", 100));
            fails(100012, http.addGift("bike", 5));

            http.clock.advance(Duration.ofSeconds(1));
            ok(http.addGift("bike", 5));
        }
    }

    @Test
    void theMixStreamBucketAllowsTwentyCallsPerSecond() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            http.emulator.state().mixTasks().create("mix1");
            for (int i = 1; i <= 20; i++) {
                ok(http.resumeMix("mix1"));
            }
            fails(100422, http.resumeMix("mix1"));
            // calls for other rooms draw on the same per-app bucket
            http.emulator.state().mixTasks().create("mix2");
            fails(100422, http.resumeMix("mix2"));

            // other buckets are untouched, and the next window is fresh
            ok(http.giftCount("room1"));
            http.clock.advance(Duration.ofSeconds(1));
            ok(http.resumeMix("mix2"));
        }
    }

    @Test
    void theSharedBucketCanBeLimitedByName() {
        try (EmulatorHttp http = EmulatorHttp.start(b -> b.rateLimit("mix_stream", 2))) {
            http.emulator.state().mixTasks().create("mix1");
            ok(http.resumeMix("mix1"));
            ok(http.resumeMix("mix1"));
            fails(100422, http.resumeMix("mix1"));
        }
    }

    @Test
    void sendGiftAllowsTwoHundredCallsPerSecond() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            ok(http.addGift("rose", 10));
            for (int i = 1; i <= 200; i++) {
                ok(http.sendGift("room1", "rose", "alice", 1));
            }
            fails(60007, http.sendGift("room1", "rose", "alice", 1));
            // get_gift_count has a window of its own, and the refused send was not counted
            assertEquals(200, ok(http.giftCount("room1")).statistics().path("TotalCount").asLong());
        }
    }

    @Test
    void getGiftCountAllowsTwoHundredCallsPerSecond() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            for (int i = 1; i <= 200; i++) {
                ok(http.giftCount("room1"));
            }
            fails(60007, http.giftCount("room1"));
            // send_gift has a window of its own: this call is refused for the missing gift, not the rate
            fails(102002, http.sendGift("room1", "rose", "alice", 1));
            http.clock.advance(Duration.ofSeconds(1));
            ok(http.giftCount("room1"));
        }
    }

    @Test
    void limitsCanBeSwitchedOff() {
        try (EmulatorHttp http = EmulatorHttp.start(b -> b.rateLimits(false))) {
            http.emulator.state().mixTasks().create("mix1");
            for (int i = 1; i <= 30; i++) {
                ok(http.addGift("gift" + (i % 10), i));
                ok(http.resumeMix("mix1"));
            }
        }
    }

    @Test
    void aLimitCanBeChanged() {
        try (EmulatorHttp http = EmulatorHttp.start(b -> b.rateLimit("add_gift", 3))) {
            ok(http.addGift("a", 1));
            ok(http.addGift("b", 1));
            ok(http.addGift("c", 1));
            fails(100012, http.addGift("d", 1));
            http.clock.advance(Duration.ofSeconds(1));
            ok(http.addGift("d", 1));
        }
    }

    @Test
    void resetStartsTheCountersAfresh() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            ok(http.addGift("rose", 10));
            fails(100012, http.addGift("car", 100));
            http.reset();
            ok(http.addGift("car", 100));
        }
    }

    @Test
    void refusedCredentialsDoNotUseUpTheLimit() {
        try (EmulatorHttp http = EmulatorHttp.start()) {
            fails(70002, http.post("add_gift", http.query().with("usersig", ""), EmulatorHttp.giftBody("rose", 10)));
            ok(http.addGift("rose", 10));
        }
    }
}

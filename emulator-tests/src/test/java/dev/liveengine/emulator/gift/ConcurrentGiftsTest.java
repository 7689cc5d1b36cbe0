package dev.liveengine.emulator.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.GetGiftCountRequest;
import dev.liveengine.client.model.GiftCount;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gifts sent at the same time through the real client, from several threads at once: the room's
 * statistics must come out as the exact sums, so no update is lost however the requests interleave.
 */
class ConcurrentGiftsTest {

    private static final int SENDERS = 8;
    private static final int GIFTS_PER_SENDER = 50;
    private static final long COINS = 7;

    // the documented 200 send_gift per second would refuse part of the burst, which is not what this tests
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    @Test
    void concurrentSendsAreAllCounted() throws Exception {
        LiveEngineClient client = emulator.client();
        client.createRoom(Rooms.create("room1"));
        client.addGift(new AddGiftRequest().giftId("rose").coins(COINS).defaultName("Rose"));

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> senders = new ArrayList<>();
        long expectedCount = 0;
        try {
            for (int sender = 1; sender <= SENDERS; sender++) {
                // each sender sends a different number of gifts per call, so a lost update shows in the sum
                int perCall = sender;
                String account = "sender" + sender;
                expectedCount += perCall * GIFTS_PER_SENDER;
                senders.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < GIFTS_PER_SENDER; i++) {
                        client.sendGift(new SendGiftRequest().roomId("room1").giftId("rose").count(perCall)
                                .fromAccount(account).receiverListAccount(List.of("host")));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> sender : senders) {
                sender.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        GiftCount statistics = client.getGiftCount(new GetGiftCountRequest().roomId("room1").fromAccount("viewer")).getResponse();
        assertEquals(SENDERS * GIFTS_PER_SENDER, statistics.getSequence(), "one change per call");
        assertEquals(expectedCount, statistics.getTotalCount());
        assertEquals(expectedCount * COINS, statistics.getTotalCoins());
        assertEquals(SENDERS, statistics.getGiftSenderCount());
    }
}

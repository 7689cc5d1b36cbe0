package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveengine.client.model.RoomStatistic;
import dev.liveengine.client.model.RoomStats;

/** A room's statistics as tests compare them. */
public final class RoomFigures {

    private RoomFigures() {
    }

    /**
     * Fails unless destroy_room's statistic holds the five figures get_room_stats read, one by one:
     * the two replies are of different types, so {@code equals} cannot compare them.
     */
    public static void assertSameFigures(RoomStats stats, RoomStatistic statistic) {
        assertEquals(stats.getTotalViewers(), statistic.getTotalViewers(), "TotalViewers");
        assertEquals(stats.getTotalGiftsSent(), statistic.getTotalGiftsSent(), "TotalGiftsSent");
        assertEquals(stats.getTotalGiftCoins(), statistic.getTotalGiftCoins(), "TotalGiftCoins");
        assertEquals(stats.getTotalUniqueGiftSenders(), statistic.getTotalUniqueGiftSenders(), "TotalUniqueGiftSenders");
        assertEquals(stats.getTotalLikesReceived(), statistic.getTotalLikesReceived(), "TotalLikesReceived");
    }
}

package dev.liveengine.emulator.gift;

import java.util.Set;

/**
 * What was sent in one room: {@code sequence} counts the changes, the totals are saturated at
 * {@link Long#MAX_VALUE} (the docs give them as non-negative int64, so they never wrap round).
 */
public record RoomGiftTotals(String roomId, long sequence, long totalCount, long totalCoins, Set<String> senders) {

    public RoomGiftTotals {
        senders = Set.copyOf(senders);
    }

    static RoomGiftTotals none(String roomId) {
        return new RoomGiftTotals(roomId, 0, 0, 0, Set.of());
    }

    RoomGiftTotals plus(String sender, long count, long coins) {
        Set<String> withSender = new java.util.HashSet<>(senders);
        withSender.add(sender);
        return new RoomGiftTotals(roomId, sequence + 1, saturatedSum(totalCount, count), saturatedSum(totalCoins, coins), withSender);
    }

    static long saturatedProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE; // both factors are non-negative
        }
    }

    private static long saturatedSum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}

package dev.liveengine.emulator.state;

import dev.liveengine.server.model.GiftCount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Per-room totals of the gifts sent, as {@code get_gift_count} reports them. */
public final class GiftStatistics {

    private final Map<String, RoomTotals> rooms = new HashMap<>();

    private static final class RoomTotals {
        long sequence;
        long count;
        long coins;
        final Set<String> senders = new HashSet<>();
    }

    public synchronized void record(String roomId, String sender, long count, long coins) {
        RoomTotals totals = rooms.computeIfAbsent(roomId, id -> new RoomTotals());
        totals.sequence++;
        totals.count = saturatedSum(totals.count, count);
        totals.coins = saturatedSum(totals.coins, coins);
        totals.senders.add(sender);
    }

    /** The room's statistics; a room without gifts has all-zero statistics. */
    public synchronized GiftCount of(String roomId) {
        RoomTotals totals = rooms.getOrDefault(roomId, new RoomTotals());
        return new GiftCount()
                .sequence(totals.sequence)
                .totalCount(totals.count)
                .totalCoins(totals.coins)
                .giftSenderCount((long) totals.senders.size());
    }

    /**
     * The totals are documented as non-negative int64 values, so with extreme prices or counts they
     * stop at {@link Long#MAX_VALUE} instead of wrapping round to negative numbers.
     */
    public static long saturatedProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    static long saturatedSum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    synchronized void clear() {
        rooms.clear();
    }
}

package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.state.SnapshotSection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What was sent in one room: {@code sequence} counts the changes, the totals are saturated at
 * {@link Long#MAX_VALUE} (the docs give them as non-negative int64, so they never wrap round), and
 * the distinct senders. Changed in place by {@link GiftStore} under the state lock: a send costs
 * the same however many came before it.
 */
public final class RoomGiftTotals {

    private long sequence;
    private long totalCount;
    private long totalCoins;
    private final Set<String> senders = new HashSet<>();

    /** The totals as a reply or another group reads them. */
    public record View(long sequence, long totalCount, long totalCoins, long senderCount) {
        static final View NONE = new View(0, 0, 0, 0);
    }

    /** The totals of one room as a state snapshot holds them. */
    record Snapshot(String roomId, Long sequence, Long totalCount, Long totalCoins, Set<String> senders) {

        // checked as the snapshot is read, so that a bad one is refused before anything is installed
        Snapshot {
            SnapshotSection.required(roomId, "RoomId");
        }
    }

    void add(String sender, long count, long coins) {
        sequence++;
        totalCount = saturatedSum(totalCount, count);
        totalCoins = saturatedSum(totalCoins, coins);
        senders.add(sender);
    }

    View view() {
        return new View(sequence, totalCount, totalCoins, senders.size());
    }

    /**
     * The senders in order of their IDs: the same state must always export the same bytes, and
     * Set.copyOf, used before, iterates in an order that changes from one JVM run to the next.
     */
    Snapshot snapshot(String roomId) {
        return new Snapshot(roomId, sequence, totalCount, totalCoins, Collections.unmodifiableSortedSet(new TreeSet<>(senders)));
    }

    static RoomGiftTotals of(Snapshot snapshot) {
        RoomGiftTotals totals = new RoomGiftTotals();
        totals.sequence = orZero(snapshot.sequence());
        totals.totalCount = orZero(snapshot.totalCount());
        totals.totalCoins = orZero(snapshot.totalCoins());
        totals.senders.addAll(snapshot.senders() == null ? Set.of() : snapshot.senders());
        return totals;
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

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

package dev.liveengine.emulator.state;

/** Everything the emulator remembers between requests; tests seed and inspect it directly. */
public final class EmulatorState {

    private final GiftCatalog gifts;
    private final GiftStatistics giftStatistics = new GiftStatistics();
    private final MixTasks mixTasks = new MixTasks();

    public EmulatorState(int maxGifts) {
        this.gifts = new GiftCatalog(maxGifts);
    }

    public GiftCatalog gifts() {
        return gifts;
    }

    public GiftStatistics giftStatistics() {
        return giftStatistics;
    }

    public MixTasks mixTasks() {
        return mixTasks;
    }

    /** Forgets everything, as after a fresh start. */
    public void reset() {
        gifts.clear();
        giftStatistics.clear();
        mixTasks.clear();
    }
}

package dev.liveengine.emulator.state;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.model.AddGiftRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The app's gift configuration: gifts by ID, capped as the service caps them. */
public final class GiftCatalog {

    /** The documented cap; some paid packages allow more, so the emulator lets it be changed. */
    public static final int DEFAULT_MAX_GIFTS = 16;

    private final int maxGifts;
    private final Map<String, AddGiftRequest> gifts = new LinkedHashMap<>();

    public GiftCatalog(int maxGifts) {
        this.maxGifts = maxGifts;
    }

    /** Adds a gift, or replaces the settings of one with the same ID. */
    public synchronized void put(AddGiftRequest gift) {
        if (!gifts.containsKey(gift.getGiftId()) && gifts.size() >= maxGifts) {
            throw new ServiceException(102006, "at most " + maxGifts + " gifts can be configured");
        }
        gifts.put(gift.getGiftId(), gift);
    }

    public synchronized Optional<AddGiftRequest> find(String giftId) {
        return Optional.ofNullable(gifts.get(giftId));
    }

    public synchronized int size() {
        return gifts.size();
    }

    synchronized void clear() {
        gifts.clear();
    }
}

package dev.liveengine.emulator.gift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotSections;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The app's gift configuration, capped as the service caps it, and the gift statistics of each room. */
public final class GiftStore implements Store {

    /** The documented cap; some paid packages allow more, so the emulator lets it be changed. */
    public static final int DEFAULT_MAX_GIFTS = 16;

    private final int maxGifts;
    private final Map<String, Gift> gifts = new LinkedHashMap<>();
    private final Map<String, RoomGiftTotals> rooms = new HashMap<>();

    public GiftStore(int maxGifts) {
        this.maxGifts = maxGifts;
    }

    @Override
    public String name() {
        return "gift";
    }

    /** Adds a gift, or replaces the settings of one with the same ID. */
    void put(Gift gift) {
        if (!gifts.containsKey(gift.giftId()) && gifts.size() >= maxGifts) {
            throw new ServiceException(ErrorCodes.TOO_MANY_GIFTS, "at most " + maxGifts + " gifts can be configured");
        }
        gifts.put(gift.giftId(), gift);
    }

    Optional<Gift> find(String giftId) {
        return Optional.ofNullable(gifts.get(giftId));
    }

    void recordSent(String roomId, String sender, long count, long coins) {
        rooms.merge(roomId, RoomGiftTotals.none(roomId).plus(sender, count, coins),
                (totals, ignored) -> totals.plus(sender, count, coins));
    }

    /** The room's statistics; a room without gifts has all-zero statistics. */
    public RoomGiftTotals totals(String roomId) {
        return rooms.getOrDefault(roomId, RoomGiftTotals.none(roomId));
    }

    /** A destroyed room's statistics end with it. */
    @Override
    public void forgetRoom(String roomId) {
        rooms.remove(roomId);
    }

    @Override
    public void clear() {
        gifts.clear();
        rooms.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        ObjectNode section = json.createObjectNode();
        section.set("Gifts", json.valueToTree(List.copyOf(gifts.values())));
        section.set("Rooms", json.valueToTree(List.copyOf(rooms.values())));
        return section;
    }

    @Override
    public Runnable prepareRestore(JsonNode section, ObjectMapper json) {
        SnapshotSections.requireOnly(section, "Gifts", "Rooms");
        List<Gift> restoredGifts = SnapshotSections.list(section, "Gifts", Gift.class, json);
        List<RoomGiftTotals> restoredRooms = SnapshotSections.list(section, "Rooms", RoomGiftTotals.class, json);
        if (restoredGifts.size() > maxGifts) {
            throw new IllegalArgumentException("Gifts holds " + restoredGifts.size() + " gifts; this emulator allows " + maxGifts);
        }
        return () -> {
            clear();
            restoredGifts.forEach(gift -> gifts.put(gift.giftId(), gift));
            restoredRooms.forEach(totals -> rooms.put(SnapshotSections.required(totals.roomId(), "RoomId"), totals));
        };
    }
}

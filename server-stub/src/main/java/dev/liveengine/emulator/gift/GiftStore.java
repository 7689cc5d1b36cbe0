package dev.liveengine.emulator.gift;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.state.SnapshotOutput;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gift group's state: the app's gift configuration ({@link GiftCatalog}) and the gift statistics
 * of each room, kept as one snapshot section.
 */
public final class GiftStore implements Store {

    /** The documented cap; some paid packages allow more, so the emulator lets it be changed. */
    public static final int DEFAULT_MAX_GIFTS = 16;

    final GiftCatalog catalog;
    private final Map<String, RoomGiftTotals> rooms = new HashMap<>();

    public GiftStore(int maxGifts) {
        this.catalog = new GiftCatalog(maxGifts);
    }

    @Override
    public String name() {
        return "gift";
    }

    void recordSent(String roomId, String sender, long count, long coins) {
        rooms.computeIfAbsent(roomId, id -> new RoomGiftTotals()).add(sender, count, coins);
    }

    /** The room's statistics; a room without gifts has all-zero statistics. */
    public RoomGiftTotals.View totals(String roomId) {
        RoomGiftTotals totals = rooms.get(roomId);
        return totals == null ? RoomGiftTotals.View.NONE : totals.view();
    }

    /** A destroyed room's statistics end with it. */
    @Override
    public void forgetRoom(String roomId) {
        rooms.remove(roomId);
    }

    @Override
    public void clear() {
        catalog.clear();
        rooms.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        return SnapshotOutput.tree(this, json);
    }

    @Override
    public void writeExport(JsonGenerator out, ObjectMapper json) throws IOException {
        out.writeStartObject();
        catalog.writeExport(out, json);
        // each room's statistics are made a snapshot as they are written, not all of them first
        Iterable<RoomGiftTotals.Snapshot> snapshots = () -> rooms.entrySet().stream().map(room -> room.getValue().snapshot(room.getKey())).iterator();
        SnapshotOutput.writeList(out, "Rooms", snapshots, json);
        out.writeEndObject();
    }

    private static final SnapshotSection.Field<List<Map.Entry<String, RoomGiftTotals>>> ROOMS =
            SnapshotSection.list("Rooms", RoomGiftTotals.Snapshot.class, totals -> Map.entry(totals.roomId(), RoomGiftTotals.of(totals)));

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        SnapshotSection.Values read = section.read(Stream.concat(GiftCatalog.FIELDS.stream(), Stream.of(ROOMS)).toList());
        Runnable installCatalog = catalog.prepareRestore(read);
        List<Map.Entry<String, RoomGiftTotals>> restoredRooms = read.get(ROOMS);
        return () -> {
            clear();
            installCatalog.run();
            restoredRooms.forEach(room -> rooms.put(room.getKey(), room.getValue()));
        };
    }
}

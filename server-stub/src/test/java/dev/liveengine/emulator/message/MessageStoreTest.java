package dev.liveengine.emulator.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.message.MessageStore.Message;
import dev.liveengine.emulator.message.MessageStore.Receipt;
import dev.liveengine.emulator.state.EmulatorState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message domain on its own: numbering per room, Chat's 40 a second, what is kept and counted, snapshots. */
class MessageStoreTest {

    /** At the start of a second, so that a test knows how much of it is left. */
    private final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);
    private final MessageStore messages = new MessageStore(clock);

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private Receipt text(String roomId, String text) {
        return messages.send(roomId, "alice", text, null, null, null);
    }

    /** The numbers of the messages the room keeps, oldest first. */
    private List<Long> keptSeqs(String roomId) {
        return messages.latest(roomId).stream().map(Message::seq).toList();
    }

    private long lastKept(String roomId) {
        List<Long> kept = keptSeqs(roomId);
        return kept.get(kept.size() - 1);
    }

    /**
     * Sends {@code count} text messages into the room, each delivered: the clock moves on a second
     * whenever the room has had its {@value MessageStore#DELIVERED_PER_SECOND} of the current one.
     */
    private void sendDelivered(String roomId, int count) {
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % MessageStore.DELIVERED_PER_SECOND == 0) {
                clock.advance(Duration.ofSeconds(1));
            }
            int sent = i;
            assertEquals("", text(roomId, "m" + i).dropReason(), () -> "message " + sent + " of this call was dropped");
        }
    }

    @Test
    void eachRoomNumbersItsMessagesFromOneAndTimesThemByTheClock() {
        assertEquals(new Receipt(1, now(), ""), text("r1", "hello"));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(new Receipt(2, now(), ""), messages.send("r1", "bob", null, "banner", "{\"level\":3}", null));
        assertEquals(new Receipt(1, now(), ""), text("r2", "another room starts at 1"));

        long first = MutableClock.DEFAULT_START.getEpochSecond();
        assertEquals(List.of(
                new Message(1L, first, "alice", "hello", null, null, null),
                new Message(2L, first + 1, "bob", null, "banner", "{\"level\":3}", null)), messages.latest("r1"));
        assertEquals(2, messages.sentTo("r1"));
        assertEquals(1, messages.sentTo("r2"));
        assertEquals(0, messages.sentTo("quiet"), "a room without messages counts none");
        assertEquals(List.of(), messages.latest("quiet"));
    }

    @Test
    void theFortyFirstMessageOfASecondIsNumberedButDroppedAndTheNextSecondDeliversAgain() {
        sendDelivered("r1", MessageStore.DELIVERED_PER_SECOND);

        assertEquals(new Receipt(41, now(), MessageStore.DROPPED_BY_RATE), text("r1", "one too many"));
        clock.advance(Duration.ofMillis(999));
        assertEquals(new Receipt(42, now(), MessageStore.DROPPED_BY_RATE), text("r1", "same second still"));
        assertEquals(new Receipt(1, now(), ""), text("r2", "the limit is per room"));

        // a dropped message is neither kept nor counted, but its number is used up
        assertEquals(40, messages.sentTo("r1"));
        assertEquals(40, lastKept("r1"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(new Receipt(43, now(), ""), text("r1", "a new second"));
        assertEquals(41, messages.sentTo("r1"));
        assertEquals(43, lastKept("r1"));
    }

    @Test
    void onlyTheLatestThousandAreKeptWhileTheCountGoesOn() {
        sendDelivered("r1", MessageStore.KEPT_PER_ROOM + 1);

        assertEquals(MessageStore.KEPT_PER_ROOM + 1, messages.sentTo("r1"));
        List<Long> kept = keptSeqs("r1");
        assertEquals(MessageStore.KEPT_PER_ROOM, kept.size());
        assertEquals(2L, kept.get(0), "the oldest goes first");
        assertEquals(MessageStore.KEPT_PER_ROOM + 1L, lastKept("r1"));
    }

    @Test
    void aForgottenRoomStartsAfreshAndOtherRoomsKeepTheirs() {
        sendDelivered("r1", 3);
        sendDelivered("r2", 1);

        messages.forgetRoom("r1");

        assertEquals(List.of(), messages.latest("r1"));
        assertEquals(0, messages.sentTo("r1"));
        assertEquals(1, text("r1", "a room of the same ID is a new room").seq());
        assertEquals(2, text("r2", "untouched").seq());
    }

    @Test
    void aSnapshotKeepsTheLastNumberApartFromTheCount() {
        EmulatorState state = new EmulatorState();
        state.add(messages);
        // a dropped message makes the last number (42) differ from the count (41)
        sendDelivered("r1", MessageStore.DELIVERED_PER_SECOND);
        assertEquals(MessageStore.DROPPED_BY_RATE, text("r1", "dropped").dropReason());
        clock.advance(Duration.ofSeconds(1));
        sendDelivered("r1", 1);
        List<Message> kept = messages.latest("r1");
        JsonNode exported = state.export();

        state.clear();
        assertEquals(0, messages.sentTo("r1"));
        state.restore(exported);

        assertEquals(exported, state.export());
        assertEquals(kept, messages.latest("r1"));
        assertEquals(41, messages.sentTo("r1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(43, text("r1", "after the restore").seq());
    }

    /**
     * A snapshot written by hand may leave LastSeq out. The next number must still be new: after the
     * highest one the room keeps, which is above the count when a message was dropped on the way.
     */
    @Test
    void aSnapshotWithoutALastNumberContinuesAfterTheHighestItHolds() throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(messages);
        state.restore(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {"message": {"Rooms": [
                  {"RoomId": "counted", "Sent": 5},
                  {"RoomId": "dropped-one", "Sent": 2, "Latest": [{"Seq": 1, "Time": 0, "Text": "a"}, {"Seq": 3, "Time": 0, "Text": "b"}]}]}}}"""));

        assertEquals(6, text("counted", "next").seq());
        assertEquals(4, text("dropped-one", "next").seq());
    }

    @Test
    void aSnapshotRoomWithoutAnIdOrAMessageWithoutANumberIsRefusedAndChangesNothing() throws Exception {
        EmulatorState state = new EmulatorState();
        state.add(messages);
        sendDelivered("r1", 2);
        JsonNode before = state.export();
        ObjectMapper json = new ObjectMapper();

        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class, () -> state.restore(json.readTree(
                "{\"Version\": 1, \"Stores\": {\"message\": {\"Rooms\": [{\"Sent\": 1}]}}}")));
        IllegalArgumentException noSeq = assertThrows(IllegalArgumentException.class, () -> state.restore(json.readTree(
                "{\"Version\": 1, \"Stores\": {\"message\": {\"Rooms\": [{\"RoomId\": \"r1\", \"Latest\": [{\"Time\": 0}]}]}}}")));

        assertTrue(noId.getMessage().contains("RoomId"), noId::getMessage);
        assertTrue(noSeq.getMessage().contains("Seq"), noSeq::getMessage);
        assertEquals(before, state.export());
    }
}

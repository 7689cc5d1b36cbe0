package dev.liveengine.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.gift.GiftStore;
import dev.liveengine.emulator.mixstream.MixStreamStore;
import dev.liveengine.emulator.room.RoomStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** State snapshots: exported whole, restored whole or not at all. */
class EmulatorStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // every section a store exports, empty ones too: the export is compared with this text
    private static final String GIFTS = "\"gift\": {\"Gifts\": [{\"GiftId\": \"rose\", \"Coins\": 10, \"DefaultName\": \"Rose\"}],"
            + " \"Categories\": [], \"Relations\": [], \"GiftTexts\": [], \"CategoryTexts\": [],"
            + " \"Rooms\": [{\"RoomId\": \"room1\", \"Sequence\": 1, \"TotalCount\": 2, \"TotalCoins\": 20, \"Senders\": [\"alice\"]}]}";
    private static final String TASKS = "\"mixStream\": {\"Tasks\": [{\"RoomId\": \"mix1\", \"Status\": \"STOPPED\"}]}";

    private final EmulatorState state = new EmulatorState();

    private static JsonNode snapshot(String stores) {
        try {
            return JSON.readTree("{\"Version\": 1, \"Stores\": {" + stores + "}}");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @BeforeEach
    void twoStoresHoldingSomething() {
        state.add(new GiftStore(GiftStore.DEFAULT_MAX_GIFTS));
        state.add(new MixStreamStore());
        state.restore(snapshot(GIFTS + ", " + TASKS));
    }

    @Test
    void anExportRestoresToTheSameState() {
        JsonNode exported = state.export();
        assertEquals(snapshot(GIFTS + ", " + TASKS), exported, "equal to the same snapshot read from text");
        state.clear();
        state.restore(exported);
        assertEquals(exported, state.export());
    }

    @Test
    void aStoreTheSnapshotLeavesOutIsEmptied() {
        state.restore(snapshot(TASKS));
        assertTrue(state.export().at("/Stores/gift/Gifts").isEmpty());
        assertEquals(snapshot(TASKS).at("/Stores/mixStream"), state.export().at("/Stores/mixStream"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a bad first section  | "gift": {"Gifts": [{"Coins": 1, "DefaultName": "x"}]}, "mixStream": {"Tasks": []}                 | State.Stores.gift
            a bad last section   | "gift": {"Gifts": []}, "mixStream": {"Tasks": [{"RoomId": "m", "Status": "PAUSED"}]}            | State.Stores.mixStream
            an unknown field     | "gift": {"Gifts": [], "Colour": "red"}, "mixStream": {"Tasks": []}                               | Colour
            a null entry         | "gift": {"Gifts": [null]}                                                                        | null entry
            an unknown store     | "gift": {"Gifts": []}, "seats": {}                                                               | seats
            a section not an object | "gift": 5                                                                                     | State.Stores.gift
            a relation without its category | "gift": {"Relations": [{"GiftIds": []}]}, "mixStream": {"Tasks": []}            | CategoryId
            a text without its language | "gift": {"Gifts": [{"GiftId": "g", "Coins": 1, "DefaultName": "G"}], "GiftTexts": [{"Id": "g"}]} | Language
            a text of no gift        | "gift": {"GiftTexts": [{"Id": "tulip", "Language": "en", "Name": "T"}]}                        | tulip
            statistics without a room | "gift": {"Rooms": [{"Sequence": 1}]}, "mixStream": {"Tasks": []}                              | RoomId
            """)
    void oneBadSectionLeavesEveryStoreUnchanged(String what, String stores, String named) {
        assertRefusedWithoutChange(snapshot(stores), named);
    }

    @Test
    void moreGiftsThanTheCapAreRefused() {
        String gifts = IntStream.rangeClosed(1, GiftStore.DEFAULT_MAX_GIFTS + 1)
                .mapToObj(n -> "{\"GiftId\": \"gift" + n + "\", \"Coins\": 1, \"DefaultName\": \"G\"}")
                .collect(Collectors.joining(", "));
        assertRefusedWithoutChange(snapshot("\"gift\": {\"Gifts\": [" + gifts + "]}, " + TASKS), "allows " + GiftStore.DEFAULT_MAX_GIFTS);
    }

    private void assertRefusedWithoutChange(JsonNode snapshot, String named) {
        JsonNode before = state.export();
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> state.restore(snapshot));
        assertTrue(refusal.getMessage().contains(named), refusal::getMessage);
        assertEquals(before, state.export());
    }

    @Test
    void aSnapshotReadFromTextRestoresAsItsTreeDoes() throws Exception {
        JsonNode fromTree = state.export();
        state.clear();
        try (JsonParser parser = JSON.createParser("{\"Version\": 1, \"Stores\": {" + GIFTS + ", " + TASKS + "}}")) {
            state.restore(parser);
        }
        assertEquals(fromTree, state.export());
    }

    @Test
    void theTopLevelFieldsMayComeInAnyOrderAndOthersAreIgnored() throws Exception {
        JsonNode before = state.export();
        state.clear();
        try (JsonParser parser = JSON.createParser("{\"Note\": {\"Written\": [1, 2]}, \"Stores\": {" + GIFTS + ", " + TASKS + "},"
                + " \"Version\": 1}")) {
            state.restore(parser);
        }
        assertEquals(before, state.export());
    }

    /** A file is read section by section: one that breaks after some sections have been read changes nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut off in the last section     | "mixStream": {"Tasks": [{"RoomId": "other", "Status": "STOPPED"}, {"RoomId":
            broken text in the last section | "mixStream": {"Tasks": [{"RoomId": "other", "Status": "STOPPED"}, {"RoomId" "x"}]}}}
            a bad entry after good ones     | "mixStream": {"Tasks": [{"RoomId": "other", "Status": "STOPPED"}, {"RoomId": "m", "Status": "PAUSED"}]}}}
            """)
    void aFileThatFailsMidwayChangesNothing(String what, String lastSection) throws Exception {
        JsonNode before = state.export();
        try (JsonParser parser = JSON.createParser("{\"Version\": 1, \"Stores\": {\"gift\": {\"Gifts\": []}, " + lastSection)) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> state.restore(parser));
            assertTrue(refusal.getMessage().contains("State.Stores.mixStream: Tasks"), refusal::getMessage);
        }
        assertEquals(before, state.export());
    }

    /** The state file is written streamed, store by store and entry by entry: its text is the export printed as a whole. */
    @Test
    void theWrittenTextIsTheExportPrettyPrinted() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        EmulatorState full = new EmulatorState();
        full.add(new AccountStore(Set.of("administrator"), clock));
        full.add(new RoomStore(clock));
        full.add(new GiftStore(GiftStore.DEFAULT_MAX_GIFTS));
        full.add(new MixStreamStore());
        full.restore(snapshot("""
                "account": {"Accounts": [
                    {"UserId": "alice", "Profile": {"Tag_Profile_IM_Nick": "Al\\u00efce \\"A\\"", "Tag_Profile_IM_Level": 4000000000}, "Online": true},
                    {"UserId": "bob", "Profile": {}, "Online": false}],
                  "Deleted": [{"UserId": "carol", "DeletedAt": 1764500000}]},
                "room": {"Rooms": [
                    {"RoomId": "r1", "Owner": "alice", "Settings": {"RoomType": "Live", "MaxSeatCount": 9, "Category": [1, 2]},
                     "CreateTime": 1764500000, "Admins": ["bob"], "Metadata": {"k": "v"}, "Members": ["alice", "bob"],
                     "BannedUntil": {"eve": 9223372036854775807}, "MutedUntil": {}, "Robots": [], "TotalViewers": 2, "Likes": 0},
                    {"RoomId": "r2", "Owner": "bob", "Settings": {}, "CreateTime": 1}]},
                """ + GIFTS + ", " + TASKS));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(written).useDefaultPrettyPrinter()) {
            full.write(out);
        }
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(full.export()), written.toString(StandardCharsets.UTF_8));
        assertTrue(full.export().at("/Stores/room/Rooms/0/BannedUntil/eve").isLong(), "the export is as a parser reads the text");
    }

    @Test
    void anotherVersionIsRefused() throws Exception {
        assertRefusedWithoutChange(JSON.readTree("{\"Version\": 2, \"Stores\": {}}"), "Version");
    }

    @Test
    void twoStoresOfOneNameAreRefused() {
        assertThrows(IllegalStateException.class, () -> state.add(new MixStreamStore()));
    }

    @Test
    void afterCommitActionsRunOnceTheLockIsReleasedAndOnlyForWorkThatReturned() {
        java.util.List<String> ran = new java.util.ArrayList<>();
        state.atomically(() -> {
            state.afterCommit(() -> ran.add("first"));
            state.atomically(() -> {
                state.afterCommit(() -> ran.add("nested"));
                return null;
            });
            assertTrue(ran.isEmpty(), "nothing runs before the outermost work returns");
            return null;
        });
        assertEquals(java.util.List.of("first", "nested"), ran);

        ran.clear();
        assertThrows(IllegalStateException.class, () -> state.atomically(() -> {
            state.afterCommit(() -> ran.add("refused"));
            throw new IllegalStateException("the operation is refused");
        }));
        state.atomically(() -> null);
        assertTrue(ran.isEmpty(), "a refused operation's actions are dropped, not run later: " + ran);
        assertThrows(IllegalStateException.class, () -> state.afterCommit(() -> ran.add("outside")));
    }
}

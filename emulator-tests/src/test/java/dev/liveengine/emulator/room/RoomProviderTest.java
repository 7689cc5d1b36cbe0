package dev.liveengine.emulator.room;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.LiveEngineJson;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.DelRoomMetadataRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetGiftCountRequest;
import dev.liveengine.client.model.GetRoomInfoRequest;
import dev.liveengine.client.model.GetRoomListRequest;
import dev.liveengine.client.model.GetRoomMetadataRequest;
import dev.liveengine.client.model.MetadataItem;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.ResumeMcuTaskRequest;
import dev.liveengine.client.model.RoomInfo;
import dev.liveengine.client.model.RoomListPage;
import dev.liveengine.client.model.RoomStatistic;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.client.model.SetRoomMetadataRequest;
import dev.liveengine.client.model.UpdateRoomInfoRequest;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The Room operations through the real client: lifecycle, settings, the room list, metadata and the end of a room. */
class RoomProviderTest {

    /** After 2038-01-19, when Unix seconds no longer fit 32 bits: every CreateTime here needs the documented int64. */
    private static final MutableClock clock = new MutableClock(Instant.parse("2040-01-01T00:00:00Z"));
    private static final ObjectMapper JSON = LiveEngineJson.newMapper();

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).rateLimits(false))
            .build();

    private LiveEngineClient client;

    /** alice and bob are imported accounts; room r1 has a stopped mixing task (no command stops one). */
    @BeforeEach
    void seed() throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}]},
                  "mixStream": {"Tasks": [{"RoomId": "r1", "Status": "STOPPED"}]}}}"""));
        client = emulator.client();
    }

    private RoomInfo info(String roomId) {
        return client.getRoomInfo(new GetRoomInfoRequest().roomId(roomId)).getResponse().getRoomInfo();
    }

    // ---- create_room -----------------------------------------------------------------------------

    @Test
    void aRoomCreatedWithDefaultsBelongsToTheCallerAndIsNamedAfterItsId() {
        assertEquals("r1", client.createRoom(Rooms.create("r1")).getResponse().getRoomId());

        RoomInfo room = info("r1");
        assertEquals(EmulatorSettings.DEFAULT_ADMIN, room.getOwnerAccount());
        assertEquals("r1", room.getRoomName());
        assertEquals(RoomType.LIVE, room.getRoomType());
        assertEquals(Rooms.SEAT_TEMPLATE, room.getSeatTemplate());
        assertTrue(room.getIsPublicVisible());
        assertEquals(0L, room.getViewCount());
    }

    /** Unix seconds past 2^31 (2038) come back exactly: CreateTime is an int64, not an int32. */
    @Test
    void aCreationTimeBeyondTwoToTheThirtyFirstRoundTripsExactly() {
        client.createRoom(Rooms.create("r1"));
        long createTime = info("r1").getCreateTime();
        assertEquals(clock.instant().getEpochSecond(), createTime);
        assertTrue(createTime > Integer.MAX_VALUE, () -> createTime + " needs more than 32 bits");
    }

    @Test
    void theOwnerMustBeAnImportedAccount() {
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> client.createRoom(Rooms.create(Rooms.info("r1").ownerAccount("stranger")))));
        client.createRoom(Rooms.create(Rooms.info("r1").ownerAccount("alice")));
        assertEquals("alice", info("r1").getOwnerAccount());
    }

    @Test
    void aRoomIdIsTakenOnceAndNotTwiceInOneSecond() {
        client.createRoom(Rooms.create("r1"));
        assertEquals(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, refusedWith(() -> client.createRoom(Rooms.create("r1"))));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(ErrorCodes.ROOM_ALREADY_OWNED_BY_CALLER, refusedWith(() -> client.createRoom(Rooms.create("r1"))));
        assertEquals(ErrorCodes.ROOM_ID_ALREADY_EXISTS, refusedWith(() -> client.createRoom(Rooms.create(Rooms.info("r1").ownerAccount("alice")))));
        assertEquals(EmulatorSettings.DEFAULT_ADMIN, info("r1").getOwnerAccount());
    }

    // ---- get_room_info and update_room_info ------------------------------------------------------

    @Test
    void theInfoEchoesEverySettingGivenAtCreation() {
        NewRoomInfo sent = Rooms.info("r1").roomName("Evening show").ownerAccount("alice")
                .takeSeatMode(RoomInfo.TakeSeatModeEnum.APPLY_TO_TAKE).maxSeatCount(8).maxMemberCount(300)
                .isMessageDisabled(true).isPublicVisible(false).coverURL("https://example.com/cover.png")
                .category(List.of(1, 2, 3)).activityStatus(7).isSeatEnabled(true).isUnlimitedRoomEnabled(true)
                .notice("Welcome");
        client.createRoom(Rooms.create(sent));

        ObjectNode expected = JSON.<ObjectNode>valueToTree(sent)
                .put("CreateTime", clock.instant().getEpochSecond())
                .put("ViewCount", 0L);
        assertEquals(expected, JSON.valueToTree(info("r1")));
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndNeverTheTypeTemplateOrOwner() {
        client.createRoom(Rooms.create(Rooms.info("r1").roomName("Old").coverURL("https://example.com/a.png").maxMemberCount(300)));
        JsonNode before = JSON.valueToTree(info("r1"));

        client.updateRoomInfo(new UpdateRoomInfoRequest().roomInfo(new RoomInfo().roomId("r1").roomName("New").notice("Hello")
                .isPublicVisible(false).seatTemplate("AudioSalon").ownerAccount("bob")));

        ObjectNode expected = before.deepCopy();
        expected.put("RoomName", "New").put("Notice", "Hello").put("IsPublicVisible", false);
        assertEquals(expected, JSON.valueToTree(info("r1")));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.updateRoomInfo(
                new UpdateRoomInfoRequest().roomInfo(new RoomInfo().roomId("nope").roomName("x")))));
    }

    // ---- get_room_list ---------------------------------------------------------------------------

    @Test
    void theListPagesWithItsCursorMostEnteredFirstHiddenRoomsIncluded() {
        IntStream.range(0, 5).forEach(i -> client.createRoom(Rooms.create(Rooms.info("r" + i).isPublicVisible(i != 3))));
        emulator.control().enterRoom("r3", "alice");
        emulator.control().enterRoom("r3", "bob");
        emulator.control().enterRoom("r1", "alice");

        List<List<String>> pages = new ArrayList<>();
        String next = "";
        do {
            RoomListPage page = client.getRoomList(new GetRoomListRequest().next(next).count(2)).getResponse();
            pages.add(page.getRoomList().stream().map(RoomInfo::getRoomId).toList());
            next = page.getNext();
        } while (!next.isEmpty());

        assertEquals(List.of(List.of("r3", "r1"), List.of("r0", "r2"), List.of("r4")), pages);
        assertEquals(2L, client.getRoomList(new GetRoomListRequest().next("").count(1)).getResponse().getRoomList().get(0).getViewCount());
    }

    // ---- metadata --------------------------------------------------------------------------------

    private static List<MetadataItem> items(Map<String, String> entries) {
        return entries.entrySet().stream().map(entry -> new MetadataItem().key(entry.getKey()).value(entry.getValue())).toList();
    }

    private void setMetadata(Map<String, String> entries) {
        client.setRoomMetadata(new SetRoomMetadataRequest().roomId("r1").metadata(items(entries)));
    }

    private Map<String, String> metadata(List<String> keys) {
        return client.getRoomMetadata(new GetRoomMetadataRequest().roomId("r1").keys(keys)).getResponse().getMetadata().stream()
                .collect(Collectors.toMap(MetadataItem::getKey, MetadataItem::getValue));
    }

    @Test
    void metadataIsWrittenReadAndDeletedByKey() {
        client.createRoom(Rooms.create("r1"));
        setMetadata(Map.of("k1", "v1", "k2", "v2"));
        setMetadata(Map.of("k1", "changed"));
        assertEquals(Map.of("k1", "changed", "k2", "v2"), metadata(List.of()));
        assertEquals(Map.of("k2", "v2"), metadata(List.of("k2", "absent")));

        client.delRoomMetadata(new DelRoomMetadataRequest().roomId("r1").keys(List.of("k1", "absent")));
        assertEquals(Map.of("k2", "v2"), metadata(List.of()));
    }

    /**
     * 100500, 100502 and 100503 through the client. A key over 50 bytes (100504) or a value over 2 KB
     * (100501) breaks the request schema, which the emulator checks first, so it is 100002 here
     * (ERRATA R35); RoomStoreTest shows the store's own codes for them.
     */
    @Test
    void metadataKeepsItsDocumentedLimitsAndARefusalChangesNothing() {
        client.createRoom(Rooms.create("r1"));
        Map<String, String> ten = new LinkedHashMap<>();
        IntStream.range(0, 10).forEach(i -> ten.put("k" + i, "v"));
        setMetadata(ten);

        assertEquals(ErrorCodes.TOO_MANY_METADATA_KEYS, refusedWith(() -> setMetadata(Map.of("eleventh", "v"))));
        Map<String, String> nineLargeValues = new LinkedHashMap<>();
        IntStream.range(0, 9).forEach(i -> nineLargeValues.put("k" + i, "x".repeat(2048)));
        assertEquals(ErrorCodes.METADATA_TOTAL_TOO_LARGE, refusedWith(() -> setMetadata(nineLargeValues)));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> setMetadata(Map.of("k".repeat(51), "v"))));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> setMetadata(Map.of("k0", "x".repeat(2049)))));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> setMetadata(Map.of("", "v"))));
        assertEquals(ErrorCodes.NO_VALID_METADATA_KEY, refusedWith(() -> client.delRoomMetadata(
                new DelRoomMetadataRequest().roomId("r1").keys(List.of()))));
        assertEquals(ErrorCodes.NO_VALID_METADATA_KEY, refusedWith(() -> client.delRoomMetadata(
                new DelRoomMetadataRequest().roomId("r1").keys(List.of("")))));

        assertEquals(ten, metadata(List.of()));
    }

    // ---- destroy_room ----------------------------------------------------------------------------

    /**
     * The statistics count every entry (a user who comes back counts again) and every gift sent;
     * afterwards the room is gone for every command, and its gift statistics and mixing task with it.
     */
    @Test
    void aDestroyedRoomAnswersItsStatisticsAndTakesEverythingOfItAlong() {
        client.createRoom(Rooms.create("r1"));
        client.createRoom(Rooms.create("r2"));
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        emulator.control().enterRoom("r1", "alice");
        emulator.control().enterRoom("r1", "bob");
        emulator.control().leaveRoom("r1", "bob");
        emulator.control().enterRoom("r1", "bob");
        sendRose("r1", "alice", 2);
        sendRose("r1", "bob", 1);
        sendRose("r1", "alice", 1);
        sendRose("r2", "alice", 1);

        RoomStatistic statistic = client.destroyRoom(new DestroyRoomRequest().roomId("r1")).getResponse().getStatistic();

        assertEquals(new RoomStatistic().totalViewers(3L).totalGiftsSent(4L).totalGiftCoins(40L).totalUniqueGiftSenders(2L)
                .totalLikesReceived(0L), statistic);
        List<Executable> roomCommands = List.of(
                () -> info("r1"),
                () -> client.updateRoomInfo(new UpdateRoomInfoRequest().roomInfo(new RoomInfo().roomId("r1").roomName("x"))),
                () -> metadata(List.of()),
                () -> setMetadata(Map.of("k", "v")),
                () -> client.delRoomMetadata(new DelRoomMetadataRequest().roomId("r1").keys(List.of("k"))),
                () -> client.destroyRoom(new DestroyRoomRequest().roomId("r1")),
                () -> sendRose("r1", "alice", 1),
                () -> client.getGiftCount(new GetGiftCountRequest().roomId("r1").fromAccount("alice")));
        for (Executable command : roomCommands) {
            assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(command));
        }
        assertEquals(ErrorCodes.MIX_TASK_NOT_FOUND, refusedWith(() -> client.resumeMcuTask(new ResumeMcuTaskRequest().roomId("r1"))));

        JsonNode state = emulator.control().exportState();
        assertEquals(List.of("r2"), roomIds(state.at("/Stores/room/Rooms")));
        assertEquals(List.of("r2"), roomIds(state.at("/Stores/gift/Rooms")), "r1's gift statistics are gone, r2's kept");
        assertTrue(state.at("/Stores/mixStream/Tasks").isEmpty(), () -> "r1's mixing task is gone: " + state);
    }

    private void sendRose(String roomId, String sender, int count) {
        client.sendGift(new SendGiftRequest().roomId(roomId).giftId("rose").count(count).fromAccount(sender)
                .receiverListAccount(List.of(EmulatorSettings.DEFAULT_ADMIN)));
    }

    private static List<String> roomIds(JsonNode records) {
        List<String> ids = new ArrayList<>();
        records.forEach(record -> ids.add(record.path("RoomId").asText()));
        return ids;
    }
}

package dev.liveengine.emulator.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.StoreSnapshots;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The room domain on its own: lifecycle, limits, paging, bans and mutes that end with time. */
class RoomStoreTest {

    private static final RoomSettings LIVE = new RoomSettings("Live", "VideoDynamicGrid9Seats", null, null, null, null, null, null, null,
            null, null, null, null, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final RoomStore rooms = new RoomStore(clock);

    private static void refused(int errorCode, Executable call) {
        assertEquals(errorCode, assertThrows(ServiceException.class, call).errorCode());
    }

    private void later(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aRoomIdIsTakenOnceAndRefusedByWhoHoldsIt() {
        rooms.create("r1", "alice", LIVE);
        later(Duration.ofSeconds(2));
        refused(ErrorCodes.ROOM_ALREADY_OWNED_BY_CALLER, () -> rooms.create("r1", "alice", LIVE));
        refused(ErrorCodes.ROOM_ID_ALREADY_EXISTS, () -> rooms.create("r1", "bob", LIVE));
        assertEquals("alice", rooms.view("r1").owner());
    }

    @Test
    void theSameIdTwiceWithinASecondIs100012EvenAfterADestroy() {
        rooms.create("r1", "alice", LIVE);
        rooms.forgetRoom("r1");
        later(Duration.ofMillis(999));
        refused(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, () -> rooms.create("r1", "alice", LIVE));
        later(Duration.ofMillis(1));
        rooms.create("r1", "alice", LIVE);
        assertTrue(rooms.exists("r1"));
    }

    @Test
    void aDestroyedRoomIsGoneFor100004() {
        rooms.create("r1", "alice", LIVE);
        rooms.forgetRoom("r1");
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.view("r1"));
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.setMetadata("r1", java.util.Map.of("k", "v")));
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.enter("r1", "bob"));
    }

    @Test
    void anUpdateChangesOnlyTheSettingsItNames() {
        rooms.create("r1", "alice", new RoomSettings("Live", "VideoDynamicGrid9Seats", "FreeToTake", 9, null, null, null, false, true,
                "Old name", "https://example.com/a.png", List.of(1), null, null));
        rooms.update("r1", new RoomSettings(null, null, null, null, null, null, null, null, false, "New name", null, null, null, "Hello"));
        RoomSettings settings = rooms.view("r1").settings();
        assertEquals("New name", settings.roomName());
        assertEquals("Hello", settings.notice());
        assertFalse(settings.publiclyVisible());
        assertEquals("https://example.com/a.png", settings.coverUrl());
        assertEquals(9, settings.maxSeatCount());
    }

    @Test
    void theListPagesThroughEveryRoomMostViewedFirstHiddenOnesIncluded() {
        IntStream.range(0, 5).forEach(i -> rooms.create("r" + i, "alice", i == 3
                ? new RoomSettings("Live", "VideoDynamicGrid9Seats", null, null, null, null, null, null, false, null, null, null, null, null) : LIVE));
        rooms.enter("r3", "v1");
        rooms.enter("r3", "v2");
        rooms.enter("r1", "v1");

        RoomStore.Page<RoomView> first = rooms.list("", 2);
        RoomStore.Page<RoomView> second = rooms.list(first.next(), 2);
        RoomStore.Page<RoomView> third = rooms.list(second.next(), 2);

        assertEquals(List.of("r3", "r1"), first.items().stream().map(RoomView::roomId).toList());
        assertEquals(List.of("r0", "r2"), second.items().stream().map(RoomView::roomId).toList());
        assertEquals(List.of("r4"), third.items().stream().map(RoomView::roomId).toList());
        assertEquals("", third.next());
        refused(ErrorCodes.INVALID_PARAMETER, () -> rooms.list("not a cursor", 2));
    }

    @Test
    void metadataKeepsItsDocumentedLimitsAndChangesNothingWhenRefused() {
        rooms.create("r1", "alice", LIVE);
        Map<String, String> ten = IntStream.range(0, 10).boxed()
                .collect(Collectors.toMap(i -> "k" + i, i -> "v", (a, b) -> a, LinkedHashMap::new));
        rooms.setMetadata("r1", ten);

        refused(ErrorCodes.TOO_MANY_METADATA_KEYS, () -> rooms.setMetadata("r1", Map.of("eleventh", "v")));
        refused(ErrorCodes.METADATA_KEY_TOO_LONG, () -> rooms.setMetadata("r1", Map.of("k".repeat(51), "v")));
        refused(ErrorCodes.METADATA_VALUE_TOO_LARGE, () -> rooms.setMetadata("r1", Map.of("k0", "é".repeat(1025))));
        refused(ErrorCodes.INVALID_PARAMETER, () -> rooms.setMetadata("r1", Map.of("", "v")));
        refused(ErrorCodes.METADATA_TOTAL_TOO_LARGE, () -> rooms.setMetadata("r1",
                IntStream.range(0, 9).boxed().collect(Collectors.toMap(i -> "k" + i, i -> "x".repeat(2048)))));

        assertEquals(ten, rooms.metadata("r1", List.of()));
        rooms.setMetadata("r1", Map.of("k0", "changed"));
        assertEquals(Map.of("k0", "changed", "k1", "v"), rooms.metadata("r1", List.of("k0", "k1", "absent")));
        rooms.deleteMetadata("r1", List.of("k0", "absent"));
        assertEquals(9, rooms.metadata("r1", List.of()).size());
    }

    @Test
    void aDeleteWithoutAUsableKeyIs100503ButAKeyAlreadyGoneIsUsable() {
        rooms.create("r1", "alice", LIVE);
        rooms.setMetadata("r1", Map.of("k", "v"));
        refused(ErrorCodes.NO_VALID_METADATA_KEY, () -> rooms.deleteMetadata("r1", List.of()));
        refused(ErrorCodes.NO_VALID_METADATA_KEY, () -> rooms.deleteMetadata("r1", List.of("", "")));
        assertEquals(Map.of("k", "v"), rooms.metadata("r1", List.of()));

        rooms.deleteMetadata("r1", List.of("k"));
        rooms.deleteMetadata("r1", List.of("k"));
        assertEquals(Map.of(), rooms.metadata("r1", List.of()));
    }

    @Test
    void atMostFiveAdministrators() {
        rooms.create("r1", "alice", LIVE);
        rooms.addAdmins("r1", List.of("a1", "a2", "a3", "a4"));
        rooms.addAdmins("r1", List.of("a4", "a5"));
        refused(ErrorCodes.TOO_MANY_ADMINS, () -> rooms.addAdmins("r1", List.of("a6")));
        rooms.removeAdmins("r1", List.of("a1"));
        rooms.addAdmins("r1", List.of("a6"));
        assertEquals(List.of("a2", "a3", "a4", "a5", "a6"), rooms.view("r1").admins());
    }

    @Test
    void aBanPutsTheMemberOutKeepsItOutAndEndsByItself() {
        rooms.create("r1", "alice", LIVE);
        rooms.enter("r1", "bob");
        rooms.ban("r1", List.of("bob"), 60);

        assertFalse(rooms.isMember("r1", "bob"));
        refused(ErrorCodes.MEMBER_BANNED, () -> rooms.enter("r1", "bob"));
        refused(ErrorCodes.MEMBER_BANNED, () -> rooms.changeOwner("r1", "bob"));
        assertEquals(Map.of("bob", clock.instant().getEpochSecond() + 60), rooms.bans("r1"));

        later(Duration.ofSeconds(60));
        assertEquals(Map.of(), rooms.bans("r1"));
        rooms.enter("r1", "bob");
        assertTrue(rooms.isMember("r1", "bob"));
    }

    @Test
    void anUnbanEndsTheBanAtOnce() {
        rooms.create("r1", "alice", LIVE);
        rooms.ban("r1", List.of("bob", "carol"), 3600);
        rooms.unban("r1", List.of("bob"));
        assertEquals(List.of("carol"), List.copyOf(rooms.bans("r1").keySet()));
        rooms.enter("r1", "bob");
    }

    @Test
    void aMuteEndsByItselfOrWithZero() {
        rooms.create("r1", "alice", LIVE);
        rooms.mute("r1", List.of("bob", "carol"), 30);
        rooms.mute("r1", List.of("carol"), 0);
        assertEquals(Map.of("bob", clock.instant().getEpochSecond() + 30), rooms.mutes("r1"));
        later(Duration.ofSeconds(30));
        assertEquals(Map.of(), rooms.mutes("r1"));
    }

    @Test
    void membersComeAndGoAndEveryEntryIsAViewer() {
        rooms.create("r1", "alice", LIVE);
        rooms.enter("r1", "bob");
        rooms.enter("r1", "carol");
        rooms.leave("r1", "bob");
        rooms.enter("r1", "bob");
        refused(ErrorCodes.USER_NOT_IN_ROOM, () -> rooms.leave("r1", "dave"));

        RoomStore.Page<String> page = rooms.members("r1", "", 1);
        assertEquals(List.of("carol"), page.items());
        assertEquals(List.of("bob"), rooms.members("r1", page.next(), 1).items());
        assertEquals(2, rooms.memberCount("r1"));
        assertEquals(3, rooms.view("r1").totalViewers());
    }

    // ---- robots -------------------------------------------------------------------------------------

    @Test
    void atMostThreeRobotsAndARefusedAddAddsNone() {
        rooms.create("r1", "alice", LIVE);
        rooms.addRobots("r1", List.of("bot1", "bot2"));

        refused(ErrorCodes.INVALID_PARAMETER, () -> rooms.addRobots("r1", List.of("bot3", "bot4")));

        assertEquals(List.of("bot1", "bot2"), rooms.robots("r1"));
        assertFalse(rooms.isMember("r1", "bot3"), "the robot that would have fitted did not join either");
        assertEquals(2, rooms.view("r1").totalViewers());
        rooms.addRobots("r1", List.of("bot3"));
        refused(ErrorCodes.INVALID_PARAMETER, () -> rooms.addRobots("r1", List.of("bot4")));
        assertEquals(List.of("bot1", "bot2", "bot3"), rooms.robots("r1"));
    }

    @Test
    void aRobotAddedAgainStaysOnceAndDoesNotCountAgainstTheCap() {
        rooms.create("r1", "alice", LIVE);
        rooms.addRobots("r1", List.of("bot1", "bot2", "bot3"));

        rooms.addRobots("r1", List.of("bot3", "bot1"));
        rooms.addRobots("r1", List.of("bot2", "bot2"));

        assertEquals(List.of("bot1", "bot2", "bot3"), rooms.robots("r1"));
        assertEquals(3, rooms.memberCount("r1"));
        assertEquals(3, rooms.view("r1").totalViewers(), "a robot already in the room is not a new viewer");
    }

    @Test
    void robotsAreMembersAndAMemberWhoBecomesARobotIsNotCountedTwice() {
        rooms.create("r1", "alice", LIVE);
        rooms.enter("r1", "bob");

        rooms.addRobots("r1", List.of("bob", "bot1"));

        assertEquals(List.of("bob", "bot1"), rooms.robots("r1"));
        assertEquals(List.of("bob", "bot1"), rooms.members("r1", "", 10).items());
        assertEquals(2, rooms.view("r1").totalViewers());
    }

    @Test
    void removingRobotsReturnsOnlyTheRobotsRemovedAndLeavesOtherMembersAlone() {
        rooms.create("r1", "alice", LIVE);
        rooms.enter("r1", "carol");
        rooms.addRobots("r1", List.of("bot1", "bot2"));

        assertEquals(List.of("bot1"), rooms.removeRobots("r1", List.of("bot1", "carol", "nobody", "bot1")));

        assertEquals(List.of("bot2"), rooms.robots("r1"));
        assertEquals(List.of("carol", "bot2"), rooms.members("r1", "", 10).items());
        assertEquals(List.of(), rooms.removeRobots("r1", List.of("bot1")), "removing again removes nothing");
    }

    @Test
    void aBannedOrLeavingRobotIsNoLongerARobot() {
        rooms.create("r1", "alice", LIVE);
        rooms.addRobots("r1", List.of("bot1", "bot2", "bot3"));

        rooms.ban("r1", List.of("bot1"), 60);
        rooms.leave("r1", "bot2");

        assertEquals(List.of("bot3"), rooms.robots("r1"));
        assertEquals(List.of(), rooms.removeRobots("r1", List.of("bot1", "bot2")), "neither is a robot to remove");
        rooms.enter("r1", "bot2");
        assertEquals(List.of("bot3"), rooms.robots("r1"), "coming back as a member does not make a robot");
        rooms.addRobots("r1", List.of("bot2", "bot4"));
        assertEquals(List.of("bot3", "bot2", "bot4"), rooms.robots("r1"), "the places they left are free for others");
    }

    @Test
    void robotCommandsOnAMissingRoomAre100004() {
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.addRobots("r1", List.of("bot1")));
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.removeRobots("r1", List.of("bot1")));
        refused(ErrorCodes.ROOM_NOT_FOUND, () -> rooms.robots("r1"));
    }

    /** A room starts without administrators, metadata, bans, mutes or robots: removing them changes nothing, adding works. */
    @Test
    void aRoomWithoutAdministratorsMetadataBansMutesOrRobotsTakesRemovalsAndThenAdditions() {
        rooms.create("r1", "alice", LIVE);
        rooms.removeAdmins("r1", List.of("bob"));
        rooms.deleteMetadata("r1", List.of("k"));
        rooms.unban("r1", List.of("bob"));
        rooms.mute("r1", List.of("bob"), 0);
        assertEquals(List.of(), rooms.removeRobots("r1", List.of("bob")));
        rooms.setMetadata("r1", Map.of());
        assertEquals(new RoomStore.Page<>(List.of(), ""), rooms.members("r1", "", 10));

        rooms.addAdmins("r1", List.of("bob"));
        rooms.setMetadata("r1", Map.of("k", "v"));
        rooms.ban("r1", List.of("eve"), 60);
        rooms.mute("r1", List.of("carol"), 60);
        rooms.addRobots("r1", List.of("bot1"));
        assertEquals(List.of("bob"), rooms.view("r1").admins());
        assertEquals(Map.of("k", "v"), rooms.metadata("r1", List.of()));
        assertEquals(Map.of("eve", clock.instant().getEpochSecond() + 60), rooms.bans("r1"));
        assertEquals(Map.of("carol", clock.instant().getEpochSecond() + 60), rooms.mutes("r1"));
        assertEquals(List.of("bot1"), rooms.robots("r1"));
    }

    @Test
    void aSnapshotRestoresEveryRoomWhole() {
        rooms.create("r1", "alice", LIVE);
        rooms.enter("r1", "bob");
        rooms.setMetadata("r1", Map.of("k", "v"));
        rooms.ban("r1", List.of("eve"), 60);
        rooms.addRobots("r1", List.of("bot1", "bot2"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE);
        var snapshot = rooms.export(json);
        RoomView before = rooms.view("r1");

        rooms.clear();
        StoreSnapshots.restore(rooms, snapshot);

        assertEquals(before, rooms.view("r1"));
        assertEquals(Map.of("eve", clock.instant().getEpochSecond() + 60), rooms.bans("r1"));
        assertTrue(rooms.isMember("r1", "bob"));
        assertEquals(List.of("bot1", "bot2"), rooms.robots("r1"));
        assertEquals(List.of("bot1"), rooms.removeRobots("r1", List.of("bot1", "bob")), "restored robots are robots, bob still is not");
    }

    @Test
    void aSnapshotSectionWithAFieldTheStoreDoesNotKnowIsRefused() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var misspelt = json.readTree("{\"Room\": []}");
        assertThrows(IllegalArgumentException.class, () -> StoreSnapshots.restore(rooms, misspelt));
    }
}

package dev.liveengine.emulator.member;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.BanMemberRequest;
import dev.liveengine.client.model.BannedMember;
import dev.liveengine.client.model.ChangeRoomOwnerRequest;
import dev.liveengine.client.model.GetAdminListRequest;
import dev.liveengine.client.model.GetBannedMemberListRequest;
import dev.liveengine.client.model.GetMemberListRequest;
import dev.liveengine.client.model.GetMutedMemberListRequest;
import dev.liveengine.client.model.ModifyAdminRequest;
import dev.liveengine.client.model.MuteMemberRequest;
import dev.liveengine.client.model.RoomMember;
import dev.liveengine.client.model.RoomMemberPage;
import dev.liveengine.client.model.UnbanMemberRequest;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Member operations through the real client: administrators, owner, bans, mutes and the member list. */
class MemberProviderTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).rateLimits(false))
            .build();

    private LiveEngineClient client;

    /** Room r1 owned by alice; alice, bob, carol and dave are imported accounts. */
    @BeforeEach
    void seed() throws Exception {
        JsonNode state = new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "alice"}, {"UserId": "bob"}, {"UserId": "carol"}, {"UserId": "dave"}]},
                  "room": {"Rooms": [{"RoomId": "r1", "Owner": "alice", "CreateTime": 0,
                                      "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats"}}]}}}""");
        emulator.control().importState(state);
        client = emulator.client();
    }

    @Test
    void administratorsAreAddedAndRemovedUpToFive() {
        client.modifyAdmin(new ModifyAdminRequest().roomId("r1").opType(ModifyAdminRequest.OpTypeEnum.ADD)
                .adminAccount(List.of("a1", "a2", "a3", "a4", "a5")));
        assertEquals(ErrorCodes.TOO_MANY_ADMINS, refusedWith(() -> client.modifyAdmin(new ModifyAdminRequest().roomId("r1")
                .opType(ModifyAdminRequest.OpTypeEnum.ADD).adminAccount(List.of("a6")))));
        client.modifyAdmin(new ModifyAdminRequest().roomId("r1").opType(ModifyAdminRequest.OpTypeEnum.DELETE)
                .adminAccount(List.of("a1", "a3")));

        assertEquals(List.of("a2", "a4", "a5"),
                client.getAdminList(new GetAdminListRequest().roomId("r1")).getResponse().getAdminAccount());
    }

    @Test
    void everyMemberCommandOnAMissingRoomIs100004() {
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.getAdminList(new GetAdminListRequest().roomId("nope"))));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.banMember(
                new BanMemberRequest().roomId("nope").memberListAccount(List.of("bob")).duration(60L))));
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.getMemberList(new GetMemberListRequest().roomId("nope").next(""))));
    }

    @Test
    void theOwnerChangesToAnImportedAccountThatIsNotBanned() {
        client.changeRoomOwner(new ChangeRoomOwnerRequest().roomId("r1").newOwnerAccount("bob"));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refusedWith(() -> client.changeRoomOwner(
                new ChangeRoomOwnerRequest().roomId("r1").newOwnerAccount("stranger"))));
        client.banMember(new BanMemberRequest().roomId("r1").memberListAccount(List.of("carol")).duration(60L));
        assertEquals(ErrorCodes.MEMBER_BANNED, refusedWith(() -> client.changeRoomOwner(
                new ChangeRoomOwnerRequest().roomId("r1").newOwnerAccount("carol"))));
        assertEquals("bob", emulator.control().exportState().at("/Stores/room/Rooms/0/Owner").asText());
    }

    @Test
    void aBanPutsAMemberOutAndEndsByItselfWhenItsTimeIsUp() {
        emulator.control().enterRoom("r1", "bob");
        client.banMember(new BanMemberRequest().roomId("r1").memberListAccount(List.of("bob")).duration(60L));

        List<BannedMember> banned = client.getBannedMemberList(new GetBannedMemberListRequest().roomId("r1"))
                .getResponse().getBannedAccountList();
        assertEquals(1, banned.size());
        assertEquals("bob", banned.get(0).getMemberAccount());
        assertEquals(clock.instant().getEpochSecond() + 60, banned.get(0).getBannedUntil());
        assertEquals(List.of(), members());

        clock.advance(Duration.ofSeconds(60));
        assertEquals(List.of(), client.getBannedMemberList(new GetBannedMemberListRequest().roomId("r1"))
                .getResponse().getBannedAccountList());
        emulator.control().enterRoom("r1", "bob");
        assertEquals(List.of("bob"), members());
    }

    @Test
    void unbanEndsABanAtOnceAndTheBanListPages() {
        client.banMember(new BanMemberRequest().roomId("r1").memberListAccount(List.of("bob", "carol", "dave")).duration(600L));
        client.unbanMember(new UnbanMemberRequest().roomId("r1").memberListAccount(List.of("carol")));

        var first = client.getBannedMemberList(new GetBannedMemberListRequest().roomId("r1").offset(0).limit(1)).getResponse();
        var second = client.getBannedMemberList(new GetBannedMemberListRequest().roomId("r1")
                .offset(first.getNextOffset()).limit(1)).getResponse();
        assertEquals("bob", first.getBannedAccountList().get(0).getMemberAccount());
        assertEquals("dave", second.getBannedAccountList().get(0).getMemberAccount());
        assertEquals(0, second.getNextOffset(), "0 marks the last page");
    }

    @Test
    void aMuteEndsWithZeroOrWithTime() {
        client.muteMember(new MuteMemberRequest().roomId("r1").memberListAccount(List.of("bob", "carol")).muteTime(30L));
        client.muteMember(new MuteMemberRequest().roomId("r1").memberListAccount(List.of("carol")).muteTime(0L));
        var muted = client.getMutedMemberList(new GetMutedMemberListRequest().roomId("r1")).getResponse().getMutedAccountList();
        assertEquals(List.of("bob"), muted.stream().map(RoomMember::getMemberAccount).toList());

        clock.advance(Duration.ofSeconds(30));
        assertEquals(List.of(), client.getMutedMemberList(new GetMutedMemberListRequest().roomId("r1")).getResponse().getMutedAccountList());
    }

    /**
     * Ends of bans are documented as 64-bit: a value past 2^53, where JSON numbers lose precision in
     * JavaScript, comes back exact through the emulator and the Java client.
     */
    @Test
    void aBanEndBeyondTwoToTheFiftyThirdRoundTripsExactly() {
        long duration = (1L << 53) + 1;
        client.banMember(new BanMemberRequest().roomId("r1").memberListAccount(List.of("bob")).duration(duration));
        long bannedUntil = client.getBannedMemberList(new GetBannedMemberListRequest().roomId("r1"))
                .getResponse().getBannedAccountList().get(0).getBannedUntil();
        assertEquals(clock.instant().getEpochSecond() + duration, bannedUntil);
    }

    @Test
    void theMemberListShowsWhoEnteredWithTheCount() {
        emulator.control().enterRoom("r1", "bob");
        emulator.control().enterRoom("r1", "carol");
        emulator.control().leaveRoom("r1", "bob");
        emulator.control().enterRoom("r1", "dave");

        RoomMemberPage page = client.getMemberList(new GetMemberListRequest().roomId("r1").next("")).getResponse();
        assertEquals(List.of("carol", "dave"), page.getMemberList().stream().map(RoomMember::getMemberAccount).toList());
        assertEquals(2, page.getMemberCount());
        assertEquals("", page.getNext());
    }

    private List<String> members() {
        return client.getMemberList(new GetMemberListRequest().roomId("r1").next("")).getResponse()
                .getMemberList().stream().map(RoomMember::getMemberAccount).toList();
    }
}

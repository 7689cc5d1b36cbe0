package dev.liveengine.emulator.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.BanMemberRequest;
import dev.liveengine.client.model.BannedMember;
import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.GetBannedMemberListRequest;
import dev.liveengine.client.model.GetMemberListRequest;
import dev.liveengine.client.model.GetMutedMemberListRequest;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.MuteMemberRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.RoomMember;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moderating a room over an evening, as an app's own test would: mutes and bans that end when their time is up. */
class MemberScenarioTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static List<String> inTheRoom(LiveEngineClient client) {
        return client.getMemberList(new GetMemberListRequest().roomId("show").next("")).getResponse().getMemberList().stream()
                .map(RoomMember::getMemberAccount).toList();
    }

    @Test
    void aModeratorMutesAChatterAndBansATrollForTenMinutes(LiveEngineClient client, EmulatorControl users) {
        client.multiaccountImport(new MultiaccountImportRequest().accounts(List.of("chatter", "troll", "fan")));
        client.createRoom(new CreateRoomRequest().roomInfo(new NewRoomInfo().roomId("show").roomType(RoomType.LIVE)
                .seatTemplate("VideoDynamicGrid9Seats")));
        for (String user : List.of("chatter", "troll", "fan")) {
            users.enterRoom("show", user);
        }

        client.muteMember(new MuteMemberRequest().roomId("show").memberListAccount(List.of("chatter")).muteTime(300L));
        client.banMember(new BanMemberRequest().roomId("show").memberListAccount(List.of("troll")).duration(600L));
        assertEquals(List.of("chatter", "fan"), inTheRoom(client), "a muted member stays, a banned one is put out");
        assertEquals(ErrorCodes.MEMBER_BANNED, assertThrows(ServiceException.class, () -> users.enterRoom("show", "troll")).errorCode());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), client.getMutedMemberList(new GetMutedMemberListRequest().roomId("show")).getResponse().getMutedAccountList());
        List<BannedMember> banned = client.getBannedMemberList(new GetBannedMemberListRequest().roomId("show")).getResponse().getBannedAccountList();
        assertEquals(List.of("troll"), banned.stream().map(BannedMember::getMemberAccount).toList());

        clock.advance(Duration.ofMinutes(5));
        users.enterRoom("show", "troll");
        assertEquals(List.of("chatter", "fan", "troll"), inTheRoom(client));
    }
}

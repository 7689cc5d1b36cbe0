package dev.liveengine.emulator.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.NotFoundException;
import dev.liveengine.client.model.AccountImportRequest;
import dev.liveengine.client.model.BanMemberRequest;
import dev.liveengine.client.model.ChangeRoomOwnerRequest;
import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetAdminListRequest;
import dev.liveengine.client.model.GetMemberListRequest;
import dev.liveengine.client.model.GetRoomInfoRequest;
import dev.liveengine.client.model.GetRoomMetadataRequest;
import dev.liveengine.client.model.MetadataItem;
import dev.liveengine.client.model.ModifyAdminRequest;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.RoomMember;
import dev.liveengine.client.model.RoomMemberPage;
import dev.liveengine.client.model.RoomStatistic;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.client.model.SetRoomMetadataRequest;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A live session from start to end, written as an app's own test would be: the client, and the emulator for the viewers. */
class RoomScenarioTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @Test
    void aHostRunsALiveSessionFromCreationToTheLastFigures(LiveEngineClient client, EmulatorControl viewers) {
        // the app registers its users
        client.accountImport(new AccountImportRequest().userID("host").nick("The Host"));
        client.multiaccountImport(new MultiaccountImportRequest().accountList(List.of(
                new AccountImportRequest().userID("moderator"), new AccountImportRequest().userID("viewer1"),
                new AccountImportRequest().userID("viewer2"), new AccountImportRequest().userID("troll"))));

        // the host's room, with the show's schedule in its metadata and a moderator
        client.createRoom(new CreateRoomRequest().roomInfo(new NewRoomInfo().roomId("show").roomType(RoomType.LIVE)
                .seatTemplate("VideoDynamicGrid9Seats").ownerAccount("host").roomName("Evening show")));
        client.setRoomMetadata(new SetRoomMetadataRequest().roomId("show")
                .metadata(List.of(new MetadataItem().key("schedule").value("20:00-21:00"))));
        client.modifyAdmin(new ModifyAdminRequest().roomId("show").opType(ModifyAdminRequest.OpTypeEnum.ADD)
                .adminAccount(List.of("moderator")));

        // viewers come in through their apps; the troll is banned and put out
        for (String user : List.of("moderator", "viewer1", "viewer2", "troll")) {
            viewers.enterRoom("show", user);
        }
        client.banMember(new BanMemberRequest().roomId("show").memberListAccount(List.of("troll")).duration(3600L));
        RoomMemberPage members = client.getMemberList(new GetMemberListRequest().roomId("show").next("")).getResponse();
        assertEquals(List.of("moderator", "viewer1", "viewer2"), members.getMemberList().stream().map(RoomMember::getMemberAccount).toList());
        assertEquals(3, members.getMemberCount());

        // the host hands the room over to the moderator
        client.changeRoomOwner(new ChangeRoomOwnerRequest().roomId("show").newOwnerAccount("moderator"));
        assertEquals("moderator", client.getRoomInfo(new GetRoomInfoRequest().roomId("show")).getResponse().getRoomInfo().getOwnerAccount());
        assertEquals(List.of("moderator"), client.getAdminList(new GetAdminListRequest().roomId("show")).getResponse().getAdminAccount());
        assertEquals("20:00-21:00", client.getRoomMetadata(new GetRoomMetadataRequest().roomId("show").keys(List.of("schedule")))
                .getResponse().getMetadata().get(0).getValue());

        // the end of the show: four entries, no gifts; then the room is gone
        RoomStatistic figures = client.destroyRoom(new DestroyRoomRequest().roomId("show")).getResponse().getStatistic();
        assertEquals(4L, figures.getTotalViewers());
        assertEquals(0L, figures.getTotalGiftsSent());
        assertThrows(NotFoundException.class, () -> client.getRoomInfo(new GetRoomInfoRequest().roomId("show")));
    }
}

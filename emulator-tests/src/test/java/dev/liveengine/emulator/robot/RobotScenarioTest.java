package dev.liveengine.emulator.robot;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static dev.liveengine.emulator.RoomFigures.assertSameFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.InvalidParameterException;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.AddRobotRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetRobotRequest;
import dev.liveengine.client.model.GetRoomStatsRequest;
import dev.liveengine.client.model.GetSeatListRequest;
import dev.liveengine.client.model.MixVideoEncode;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.PickUserOnSeatRequest;
import dev.liveengine.client.model.RoomStatistic;
import dev.liveengine.client.model.RoomStats;
import dev.liveengine.client.model.SendCustomMsgRequest;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.client.model.SendTextMsgRequest;
import dev.liveengine.client.model.SetMixStreamRequest;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.message.MessageStore;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A show streamed from OBS, written as an app's own test would be: the real client for what the
 * app's server does, the emulator for the viewers. As Tencent's own console does it (ERRATA RB2),
 * the host's OBS stream enters the room as a robot on a seat; the room has unlimited audience, so
 * its streams can be mixed for the viewers; chat, gifts and the figures follow.
 */
class RobotScenarioTest {

    private static final String OBS = "live_obs_host";
    private static final List<String> VIEWERS = List.of("viewer1", "viewer2", "viewer3");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @Test
    void aHostStreamsFromObsThroughARobotAndTheFiguresAddUp(LiveEngineClient client, EmulatorControl viewers) {
        // the app's users, and the robots that will stand in for devices without a client SDK
        client.multiaccountImport(new MultiaccountImportRequest().accounts(
                List.of("host", OBS, "subtitles_bot", "music_bot", "spare_bot", "viewer1", "viewer2", "viewer3")));
        client.createRoom(Rooms.create(Rooms.info("show").ownerAccount("host").isUnlimitedRoomEnabled(true)));

        // OBS pushes through a robot on seat 0; the mix gives the viewers one stream in the grid layout
        client.addRobot(new AddRobotRequest().roomId("show").robotListAccount(List.of(OBS)));
        client.pickUserOnSeat(new PickUserOnSeatRequest().roomId("show").index(0).memberAccount(OBS));
        assertEquals(OBS, client.getSeatList(new GetSeatListRequest().roomId("show")).getResponse().getSeatList().get(0).getMemberAccount());
        client.setMixStream(new SetMixStreamRequest().roomId("show").layoutMode(SetMixStreamRequest.LayoutModeEnum.NUMBER_0)
                .videoEncode(new MixVideoEncode().width(720).height(1280)));
        assertEquals(List.of("show:RUNNING"), mixingTasks(viewers));

        // two more robots fill the room's three places; a fourth is refused, and the client says what kind of failure it was
        client.addRobot(new AddRobotRequest().roomId("show").robotListAccount(List.of("subtitles_bot", "music_bot")));
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> client.addRobot(
                new AddRobotRequest().roomId("show").robotListAccount(List.of("spare_bot"))));
        assertEquals(ErrorCodes.INVALID_PARAMETER, refused.errorCode());
        assertEquals("live_engine_http_srv/add_robot", refused.operation());
        assertEquals(List.of(OBS, "subtitles_bot", "music_bot"),
                client.getRobot(new GetRobotRequest().roomId("show")).getResponse().getRobotListAccount());

        // the viewers come in, chat and send gifts; the app posts an announcement in its own name
        VIEWERS.forEach(viewer -> viewers.enterRoom("show", viewer));
        client.sendTextMsg(new SendTextMsgRequest().roomId("show").senderAccount("viewer1").textContent("Hi from Lyon"));
        client.sendTextMsg(new SendTextMsgRequest().roomId("show").senderAccount("viewer2").textContent("Hi from Osaka"));
        client.sendCustomMsg(new SendCustomMsgRequest().roomId("show").businessId("announcement").data("Giveaway at 21:00"));
        assertEquals(List.of("viewer1", "viewer2", EmulatorSettings.DEFAULT_ADMIN),
                viewers.roomMessages("show").stream().map(MessageStore.Message::sender).toList());
        client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
        client.sendGift(new SendGiftRequest().roomId("show").giftId("rose").count(2).fromAccount("viewer1")
                .receiverListAccount(List.of("host")));
        client.sendGift(new SendGiftRequest().roomId("show").giftId("rose").fromAccount("viewer3")
                .receiverListAccount(List.of("host")));

        // the figures so far: three robots and three viewers entered; three roses from two senders; three messages
        RoomStats stats = client.getRoomStats(new GetRoomStatsRequest().roomId("show")).getResponse();
        assertEquals(new RoomStats().totalViewers(6L).totalGiftsSent(3L).totalGiftCoins(30L).totalUniqueGiftSenders(2L)
                .totalLikesReceived(0L).totalMsgCount(3L), stats);

        // the end of the show: the last figures are those read before, and the robots and the mix go with the room
        RoomStatistic last = client.destroyRoom(new DestroyRoomRequest().roomId("show")).getResponse().getStatistic();
        assertSameFigures(stats, last);
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.getRobot(new GetRobotRequest().roomId("show"))));
        assertEquals(List.of(), mixingTasks(viewers));
        assertEquals(List.of(), viewers.roomMessages("show"));
    }

    /** Each mixing task of the emulator as room:status; no command reads them, the state snapshot does. */
    private static List<String> mixingTasks(EmulatorControl control) {
        List<String> tasks = new ArrayList<>();
        control.exportState().at("/Stores/mixStream/Tasks")
                .forEach(task -> tasks.add(task.path("RoomId").asText() + ":" + task.path("Status").asText()));
        return tasks;
    }
}

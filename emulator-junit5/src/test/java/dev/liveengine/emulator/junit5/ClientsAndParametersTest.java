package dev.liveengine.emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.PermissionDeniedException;
import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.GetRoomInfoRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.server.api.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clients the extension hands out, and the parameters it fills in. */
class ClientsAndParametersTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.admin("ops").admin("administrator"))
            .build();

    /** A room whose owner is left to default: the calling administrator, which shows who the client acts as. */
    private static CreateRoomRequest roomOwnedByTheCaller(String roomId) {
        return new CreateRoomRequest().roomInfo(new NewRoomInfo().roomId(roomId).roomType(RoomType.LIVE)
                .seatTemplate("VideoDynamicGrid9Seats"));
    }

    private static String ownerOf(LiveEngineClient client, String roomId) {
        return client.getRoomInfo(new GetRoomInfoRequest().roomId(roomId)).getResponse().getRoomInfo().getOwnerAccount();
    }

    @Test
    void testMethodsMayTakeTheClientTheEmulatorAndItsControl(LiveEngineClient client, LiveEngineEmulator running,
                                                             EmulatorControl control) {
        assertSame(emulator.client(), client);
        assertSame(emulator.emulator(), running);
        assertSame(emulator.control(), control);
        assertEquals(running.baseUrl(), emulator.baseUrl());
    }

    @Test
    void theClientActsAsTheFirstAdministrator() {
        assertTrue(emulator.client().toString().contains("identifier=ops,"), emulator.client()::toString);
        emulator.client().createRoom(roomOwnedByTheCaller("r1"));
        assertEquals("ops", ownerOf(emulator.client(), "r1"));
    }

    @Test
    void clientForSignsForAnyIdentifier() {
        try (LiveEngineClient other = emulator.clientFor("administrator").build()) {
            other.createRoom(roomOwnedByTheCaller("r1"));
            assertEquals("administrator", ownerOf(other, "r1"));
        }
        try (LiveEngineClient alice = emulator.clientFor("alice").build()) {
            PermissionDeniedException refusal = assertThrows(PermissionDeniedException.class,
                    () -> alice.createRoom(roomOwnedByTheCaller("r2")));
            assertEquals(ErrorCodes.IDENTIFIER_NOT_ADMIN, refusal.errorCode());
        }
    }
}

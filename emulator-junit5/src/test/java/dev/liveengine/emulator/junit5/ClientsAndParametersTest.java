package dev.liveengine.emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.PermissionDeniedException;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.GetGiftCountRequest;
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

    private static final GetGiftCountRequest GIFT_COUNT = new GetGiftCountRequest().roomId("room1").fromAccount("viewer");

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
        emulator.client().addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
    }

    @Test
    void clientForSignsForAnyIdentifier() {
        try (LiveEngineClient other = emulator.clientFor("administrator").build()) {
            assertEquals(0L, other.getGiftCount(GIFT_COUNT).getResponse().getTotalCount());
        }
        try (LiveEngineClient alice = emulator.clientFor("alice").build()) {
            PermissionDeniedException refusal = assertThrows(PermissionDeniedException.class, () -> alice.getGiftCount(GIFT_COUNT));
            assertEquals(ErrorCodes.IDENTIFIER_NOT_ADMIN, refusal.errorCode());
        }
    }
}

package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.api.GiftApi;
import dev.liveengine.server.model.AddGiftRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.ContentType;
import dev.liveengine.server.model.GetGiftCountRequest;
import dev.liveengine.server.model.GetGiftCountResponse;
import dev.liveengine.server.model.SendGiftRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every operation of the bundled spec must be routed to an implementation; a gap must stop start-up. */
class CommandCoverageTest {

    private static final String RESUME = "/v4/live_engine_http_srv/resume_mcu_task";

    private final SpecContract contract = SpecContract.load();

    @Test
    void everySpecPathHasACommand() {
        Set<String> specPaths = contract.operations().keySet();
        assertFalse(specPaths.isEmpty(), "the bundled spec has no paths");
        assertTrue(specPaths.contains(RESUME), "spec paths: " + specPaths);

        CommandTable table = CommandTable.of(new EmulatorCommands(new EmulatorState(16)));
        for (String path : specPaths) {
            assertTrue(table.find(path).isPresent(), () -> "no command serves " + path);
        }
        assertEquals(specPaths, table.paths(), "the table routes exactly the spec's paths");
        assertDoesNotThrow(() -> LiveEngineEmulator.requireEveryOperationImplemented(contract, table));
    }

    @Test
    void aMissingInterfaceIsNamedAndRefused() {
        CommandTable giftsOnly = CommandTable.of(new GiftsOnly());
        assertTrue(giftsOnly.find("/v4/live_engine_http_srv/send_gift").isPresent());
        assertFalse(giftsOnly.find(RESUME).isPresent());

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> LiveEngineEmulator.requireEveryOperationImplemented(contract, giftsOnly));
        assertTrue(refusal.getMessage().contains(RESUME), refusal.getMessage());
        assertFalse(refusal.getMessage().contains("send_gift"), "only the missing path is named: " + refusal.getMessage());
    }

    @Test
    void anImplementationOfNothingMissesEveryPath() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> LiveEngineEmulator.requireEveryOperationImplemented(contract, CommandTable.of(new Object())));
        for (String path : contract.operations().keySet()) {
            assertTrue(refusal.getMessage().contains(path), () -> path + " missing from: " + refusal.getMessage());
        }
    }

    /** Serves the gift operations only, as if the mix-stream interface had been forgotten. */
    private static final class GiftsOnly implements GiftApi {
        @Override
        public BaseResponse addGift(Long random, ContentType contenttype, AddGiftRequest request) {
            return new BaseResponse();
        }

        @Override
        public GetGiftCountResponse getGiftCount(Long random, ContentType contenttype, GetGiftCountRequest request) {
            return new GetGiftCountResponse();
        }

        @Override
        public BaseResponse sendGift(Long random, ContentType contenttype, SendGiftRequest request) {
            return new BaseResponse();
        }
    }
}

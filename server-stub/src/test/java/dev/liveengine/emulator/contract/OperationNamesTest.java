package dev.liveengine.emulator.contract;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a user names an operation. Two services with a command of the same name, which the real spec
 * does not have yet, are made up here so that the ambiguous case can be tested at all.
 */
class OperationNamesTest {

    private static final OperationContract SEND_GIFT = operation("/v4/gift_srv/send_gift", "sendGift");
    private static final OperationContract ROOM_LIST = operation("/v4/room_srv/get_list", "getRoomList");
    private static final OperationContract GIFT_LIST = operation("/v4/gift_srv/get_list", "getGiftList");

    private static final OperationNames NAMES = new OperationNames(List.of(SEND_GIFT, ROOM_LIST, GIFT_LIST));

    /** Only the names matter here, so the schemas are left out. */
    private static OperationContract operation(String path, String operationId) {
        return new OperationContract(path, operationId, true, false, List.of(), null, null, Optional.empty(), Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v4/gift_srv/send_gift", "gift_srv/send_gift", "sendGift", "send_gift"})
    void anOperationIsFoundByPathServiceAndCommandOperationIdOrUniqueCommand(String name) {
        assertSame(SEND_GIFT, NAMES.resolve(name));
    }

    @Test
    void aSharedCommandIsFoundWhenItsServiceIsNamed() {
        assertSame(ROOM_LIST, NAMES.resolve("room_srv/get_list"));
        assertSame(GIFT_LIST, NAMES.resolve("getGiftList"));
        assertSame(GIFT_LIST, NAMES.resolve("/v4/gift_srv/get_list"));
    }

    @Test
    void anAmbiguousCommandIsRefusedNamingTheChoices() {
        String message = assertThrows(IllegalArgumentException.class, () -> NAMES.resolve("get_list")).getMessage();
        assertTrue(message.contains("'get_list'") && message.contains("gift_srv/get_list") && message.contains("room_srv/get_list"),
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"send_gifts", "room_srv/send_gift", "SendGift", "", "/v4/gift_srv"})
    void anUnknownNameIsRefusedNamingTheChoices(String name) {
        String message = assertThrows(IllegalArgumentException.class, () -> NAMES.resolve(name)).getMessage();
        assertTrue(message.contains("'" + name + "'"), message);
        for (OperationContract operation : List.of(SEND_GIFT, ROOM_LIST, GIFT_LIST)) {
            assertTrue(message.contains(operation.name()), () -> operation.name() + " is not offered: " + message);
        }
    }
}

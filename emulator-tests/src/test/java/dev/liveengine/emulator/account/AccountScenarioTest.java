package dev.liveengine.emulator.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.InvalidParameterException;
import dev.liveengine.client.model.AccountCheckRequest;
import dev.liveengine.client.model.AccountCheckResult;
import dev.liveengine.client.model.AccountDeleteRequest;
import dev.liveengine.client.model.AccountImportRequest;
import dev.liveengine.client.model.AccountItem;
import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.PortraitGetRequest;
import dev.liveengine.client.model.PortraitSetRequest;
import dev.liveengine.client.model.ProfileItem;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's account from sign-up to deletion, and what deletion means for the rooms, as an app's own test would check it. */
class AccountScenarioTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static CreateRoomRequest roomOwnedBy(String roomId, String owner) {
        return new CreateRoomRequest().roomInfo(new NewRoomInfo().roomId(roomId).roomType(RoomType.LIVE)
                .seatTemplate("VideoDynamicGrid9Seats").ownerAccount(owner));
    }

    private static AccountCheckResult.AccountStatusEnum status(LiveEngineClient client, String userId) {
        return client.accountCheck(new AccountCheckRequest().checkItem(List.of(new AccountItem().userID(userId))))
                .getResultItem().get(0).getAccountStatus();
    }

    @Test
    void aUserSignsUpHostsAndIsDeleted(LiveEngineClient client, EmulatorControl users) {
        // sign-up: the app imports the user and keeps the nickname in the profile
        client.accountImport(new AccountImportRequest().userID("mia").nick("Mia"));
        client.portraitSet(new PortraitSetRequest().fromAccount("mia")
                .profileItem(List.of(new ProfileItem().tag("Tag_Profile_IM_SelfSignature").value(TextNode.valueOf("Live every night")))));
        assertEquals("Live every night", client.portraitGet(new PortraitGetRequest().toAccount(List.of("mia"))
                .tagList(List.of("Tag_Profile_IM_SelfSignature"))).getUserProfileItem().get(0).getProfileItem().get(0).getValue().asText());

        // as an imported account mia can own a room and enter one
        client.createRoom(roomOwnedBy("mia-live", "mia"));
        users.setOnline("mia", true);
        users.enterRoom("mia-live", "mia");

        // deleted, the account is gone for everything that needs one
        client.accountDelete(new AccountDeleteRequest().deleteItem(List.of(new AccountItem().userID("mia"))));
        assertEquals(AccountCheckResult.AccountStatusEnum.NOT_IMPORTED, status(client, "mia"));
        assertThrows(InvalidParameterException.class, () -> client.createRoom(roomOwnedBy("mia-again", "mia")));
        assertEquals(ErrorCodes.USER_NOT_IMPORTED, assertThrows(ServiceException.class, () -> users.enterRoom("mia-live", "mia")).errorCode());
    }
}

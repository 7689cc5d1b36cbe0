package dev.liveengine.emulator.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.model.AccountCheckRequest;
import dev.liveengine.client.model.AccountCheckResult;
import dev.liveengine.client.model.AccountCheckResult.AccountStatusEnum;
import dev.liveengine.client.model.AccountDeleteRequest;
import dev.liveengine.client.model.AccountImportRequest;
import dev.liveengine.client.model.AccountItem;
import dev.liveengine.client.model.AccountResult;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.PortraitGetRequest;
import dev.liveengine.client.model.PortraitGetResponse;
import dev.liveengine.client.model.PortraitSetRequest;
import dev.liveengine.client.model.ProfileItem;
import dev.liveengine.client.model.UserProfile;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Account operations through the real client: import, check, delete, and the profile fields. */
class AccountProviderTest {

    private static final String NICK = "Tag_Profile_IM_Nick";
    private static final String IMAGE = "Tag_Profile_IM_Image";
    private static final String LEVEL = "Tag_Profile_IM_Level";
    private static final String HOBBY = "Tag_Profile_Custom_Hobby";
    private static final JsonNodeFactory VALUES = JsonNodeFactory.instance;

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private LiveEngineClient client;

    @BeforeEach
    void theClient() {
        client = emulator.client();
    }

    private Map<String, AccountStatusEnum> check(String... userIds) {
        Map<String, AccountStatusEnum> statuses = new LinkedHashMap<>();
        for (AccountCheckResult result : client.accountCheck(new AccountCheckRequest().checkItem(items(userIds))).getResultItem()) {
            assertEquals(0, result.getResultCode(), "a missing account is a status, not an error");
            statuses.put(result.getUserID(), result.getAccountStatus());
        }
        return statuses;
    }

    private static List<AccountItem> items(String... userIds) {
        return List.of(userIds).stream().map(userId -> new AccountItem().userID(userId)).toList();
    }

    /** The user's fields among {@code tags}, as portrait_get answers them. */
    private Map<String, JsonNode> profile(String userId, String... tags) {
        UserProfile entry = client.portraitGet(new PortraitGetRequest().toAccount(List.of(userId)).tagList(List.of(tags)))
                .getUserProfileItem().get(0);
        assertEquals(0, entry.getResultCode());
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        entry.getProfileItem().forEach(item -> fields.put(item.getTag(), item.getValue()));
        return fields;
    }

    private void setProfile(String userId, String tag, JsonNode value) {
        client.portraitSet(new PortraitSetRequest().fromAccount(userId).profileItem(List.of(new ProfileItem().tag(tag).value(value))));
    }

    @Test
    void accountsAreImportedOneAtATimeOrInABatch() {
        client.accountImport(new AccountImportRequest().userID("alice").nick("Alice").faceUrl("https://example.com/alice.png"));
        var batch = client.multiaccountImport(new MultiaccountImportRequest().accountList(List.of(
                new AccountImportRequest().userID("bob").nick("Bob"), new AccountImportRequest().userID("carol"))));
        client.multiaccountImport(new MultiaccountImportRequest().accounts(List.of("dave")));

        assertEquals(List.of(), batch.getFailAccounts());
        assertEquals(Map.of("alice", AccountStatusEnum.IMPORTED, "bob", AccountStatusEnum.IMPORTED, "carol", AccountStatusEnum.IMPORTED,
                "dave", AccountStatusEnum.IMPORTED, "eve", AccountStatusEnum.NOT_IMPORTED), check("alice", "bob", "carol", "dave", "eve"));
        assertEquals(Map.of(NICK, VALUES.textNode("Alice"), IMAGE, VALUES.textNode("https://example.com/alice.png")),
                profile("alice", NICK, IMAGE));
        assertEquals(Map.of(NICK, VALUES.textNode("Bob")), profile("bob", NICK, IMAGE));
    }

    @Test
    void importingAgainUpdatesOnlyTheFieldsGiven() {
        client.accountImport(new AccountImportRequest().userID("alice").nick("Alice").faceUrl("https://example.com/alice.png"));
        client.accountImport(new AccountImportRequest().userID("alice").nick("Alicia"));
        assertEquals(Map.of(NICK, VALUES.textNode("Alicia"), IMAGE, VALUES.textNode("https://example.com/alice.png")),
                profile("alice", NICK, IMAGE));
    }

    @Test
    void theAppAdministratorExistsWithoutBeingImported() {
        assertEquals(Map.of(EmulatorSettings.DEFAULT_ADMIN, AccountStatusEnum.IMPORTED), check(EmulatorSettings.DEFAULT_ADMIN));
    }

    @Test
    void eachDeletedAccountGetsItsOwnResultAndAnUnknownOneIs70107() {
        client.multiaccountImport(new MultiaccountImportRequest().accounts(List.of("alice", "bob")));
        List<AccountResult> results = client.accountDelete(new AccountDeleteRequest().deleteItem(items("alice", "eve"))).getResultItem();

        assertEquals(List.of("alice", "eve"), results.stream().map(AccountResult::getUserID).toList());
        assertEquals(List.of(0, ErrorCodes.USER_NOT_IMPORTED), results.stream().map(AccountResult::getResultCode).toList());
        assertEquals(Map.of("alice", AccountStatusEnum.NOT_IMPORTED, "bob", AccountStatusEnum.IMPORTED), check("alice", "bob"));
    }

    /**
     * Profile values keep their JSON type: a string stays a string, a whole number a number. The
     * number is past 2^31 (an unsigned 32-bit field may hold up to 2^32 - 1), so it comes back exact
     * only if nothing on the way reads it as a signed 32-bit int. A tag never set is left out.
     */
    @Test
    void profileFieldsKeepTheirValueAndType() {
        client.accountImport(new AccountImportRequest().userID("alice").nick("Alice"));
        long level = (1L << 31) + 7;
        setProfile("alice", LEVEL, VALUES.numberNode(level));
        setProfile("alice", HOBBY, VALUES.textNode("42"));
        setProfile("alice", NICK, VALUES.textNode("Alicia"));

        Map<String, JsonNode> fields = profile("alice", NICK, LEVEL, HOBBY, "Tag_Profile_IM_SelfSignature");
        assertEquals(Map.of(NICK, VALUES.textNode("Alicia"), LEVEL, VALUES.numberNode(level), HOBBY, VALUES.textNode("42")), fields);
        assertEquals(level, fields.get(LEVEL).longValue());
        assertTrue(fields.get(HOBBY).isTextual(), "a string of digits stays a string");
    }

    @Test
    void theProfileOfAnAccountThatWasNeverImportedIs40003() {
        client.accountImport(new AccountImportRequest().userID("alice").nick("Alice"));
        LiveEngineServiceException refusal = assertThrows(LiveEngineServiceException.class,
                () -> setProfile("eve", NICK, VALUES.textNode("Eve")));
        assertEquals(ErrorCodes.PROFILE_ACCOUNT_NOT_FOUND, refusal.errorCode());

        PortraitGetResponse both = client.portraitGet(new PortraitGetRequest().toAccount(List.of("eve", "alice")).tagList(List.of(NICK)));
        assertEquals(List.of("eve", "alice"), both.getUserProfileItem().stream().map(UserProfile::getToAccount).toList());
        UserProfile eve = both.getUserProfileItem().get(0);
        assertEquals(ErrorCodes.PROFILE_ACCOUNT_NOT_FOUND, eve.getResultCode());
        assertNull(eve.getProfileItem(), "a profile that could not be read has no fields");
        assertEquals(List.of("eve"), both.getFailAccount());

        PortraitGetResponse aliceOnly = client.portraitGet(new PortraitGetRequest().toAccount(List.of("alice")).tagList(List.of(NICK)));
        assertNull(aliceOnly.getFailAccount(), "Fail_Account is present only when a user failed");
    }
}

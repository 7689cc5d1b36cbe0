package dev.liveengine.emulator.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.state.StoreSnapshots;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The account domain on its own: import and update, administrators, deletion, profiles, snapshots. */
class AccountStoreTest {

    private static final String NICK = "Tag_Profile_IM_Nick";
    private static final String LEVEL = "Tag_Profile_IM_Level";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final AccountStore accounts = new AccountStore(Set.of("administrator"), clock);

    private static void refused(int errorCode, Executable call) {
        assertEquals(errorCode, assertThrows(ServiceException.class, call).errorCode());
    }

    @Test
    void anImportCreatesTheAccountAndAnotherUpdatesOnlyTheFieldsItGives() {
        assertFalse(accounts.exists("alice"));
        accounts.importAccount("alice", Map.of(NICK, "Alice", "Tag_Profile_IM_Image", "https://example.com/a.png"));
        accounts.setOnline("alice", true);
        accounts.importAccount("alice", Map.of(NICK, "Alicia"));

        assertEquals(new AccountStore.Account("alice", Map.of(NICK, "Alicia", "Tag_Profile_IM_Image", "https://example.com/a.png"), true),
                accounts.require("alice"));
    }

    @Test
    void administratorsExistWithoutBeingImported() {
        assertTrue(accounts.exists("administrator"));
        assertEquals(Optional.of(new AccountStore.Account("administrator", Map.of(), false)), accounts.find("administrator"));
        assertFalse(accounts.delete("administrator"), "there was no imported account to delete");
        assertTrue(accounts.exists("administrator"));
        assertTrue(accounts.export(new ObjectMapper()).path("Accounts").isEmpty(),
                "an administrator is not an imported account of the snapshot");
    }

    @Test
    void aDeletedAccountIsGoneAndADeleteSaysWhetherThereWasOne() {
        accounts.importAccount("alice", Map.of());
        assertTrue(accounts.delete("alice"));
        assertFalse(accounts.delete("alice"));
        assertFalse(accounts.exists("alice"));
        assertEquals(Optional.empty(), accounts.find("alice"));
        refused(ErrorCodes.USER_NOT_IMPORTED, () -> accounts.require("alice"));
    }

    @Test
    void aProfileKeepsTheFieldsNotNamedAndOnlyAnImportedAccountHasOne() {
        accounts.importAccount("alice", Map.of(NICK, "Alice"));
        accounts.setProfile("alice", Map.of(LEVEL, 3L));
        accounts.setProfile("alice", Map.of(LEVEL, 4L));
        assertEquals(Map.of(NICK, "Alice", LEVEL, 4L), accounts.require("alice").profile());

        refused(ErrorCodes.USER_NOT_IMPORTED, () -> accounts.setProfile("bob", Map.of(NICK, "Bob")));
        refused(ErrorCodes.USER_NOT_IMPORTED, () -> accounts.setOnline("bob", true));
        assertFalse(accounts.exists("bob"), "a refused change imports nobody");
    }

    @Test
    void aProfileValueIsAStringOrAWholeNumber() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new AccountStore.Account("alice", Map.of(LEVEL, 1.5), false));
        assertTrue(refusal.getMessage().contains(LEVEL), refusal::getMessage);
    }

    /**
     * Through the emulator's own snapshot path (export as JSON text, restore from it), where a small
     * whole number comes back as an Integer: it must still be the Long it was, not another value.
     */
    @Test
    void aSnapshotRestoresEveryAccountWithItsValuesOfTheSameType() {
        EmulatorState state = new EmulatorState();
        state.add(accounts);
        accounts.importAccount("alice", Map.of(NICK, "Alice"));
        accounts.setProfile("alice", Map.of(LEVEL, 7L, "Tag_Profile_IM_Language", 4_000_000_000L));
        accounts.setOnline("alice", true);
        accounts.importAccount("bob", Map.of());
        AccountStore.Account alice = accounts.require("alice");
        JsonNode snapshot = state.export();

        state.clear();
        assertFalse(accounts.exists("alice"));
        state.restore(snapshot);

        assertEquals(alice, accounts.require("alice"));
        assertEquals(7L, accounts.require("alice").profile().get(LEVEL));
        assertTrue(accounts.exists("bob"));
        assertEquals(snapshot, state.export());
    }

    @Test
    void aSectionWithAFieldTheStoreDoesNotKnowIsRefused() throws Exception {
        JsonNode misspelt = new ObjectMapper().readTree("{\"Account\": [{\"UserId\": \"alice\"}]}");
        assertThrows(IllegalArgumentException.class, () -> StoreSnapshots.restore(accounts, misspelt));
    }

    @Test
    void aDeletedUserIdWaitsNinetyDaysBeforeItCanBeImportedAgainEvenAcrossASnapshot() {
        accounts.importAccount("alice", Map.of());
        accounts.delete("alice");
        clock.advance(AccountStore.REIMPORT_WAIT.minus(Duration.ofSeconds(1)));
        refused(ErrorCodes.DELETED_ACCOUNT_REIMPORT_TOO_SOON, () -> accounts.importAccount("alice", Map.of()));

        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE);
        JsonNode snapshot = accounts.export(json);
        accounts.clear();
        StoreSnapshots.restore(accounts, snapshot);
        refused(ErrorCodes.DELETED_ACCOUNT_REIMPORT_TOO_SOON, () -> accounts.importAccount("alice", Map.of()));

        clock.advance(Duration.ofSeconds(1));
        accounts.importAccount("alice", Map.of());
        assertTrue(accounts.exists("alice"));
    }
}

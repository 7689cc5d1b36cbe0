package dev.liveengine.emulator.account;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotOutput;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.util.Collections;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's accounts (the Chat accounts Live rooms are made of): imported, checked, deleted, with
 * their profile fields and whether the user is online. Other groups ask it whether an account
 * exists, since a room's owner and a user entering a room must be imported accounts.
 */
public final class AccountStore implements Store {

    /**
     * One account: its profile fields by tag ({@code Tag_Profile_IM_Nick} ...), each a string or a
     * {@code Long}, and its presence.
     */
    public record Account(String userId, Map<String, Object> profile, boolean online) {

        public Account {
            SnapshotSection.required(userId, "UserId");
            if (profile == null || profile.isEmpty()) {
                // most accounts have no profile fields: they share one empty map rather than each
                // wrapping one of its own (some 90 bytes an account); emptyMap, unlike Map.of(),
                // answers containsKey(null) with false as the LinkedHashMap did
                profile = Collections.emptyMap();
            } else {
                Map<String, Object> values = new LinkedHashMap<>();
                profile.forEach((tag, value) -> values.put(tag, profileValue(tag, value)));
                profile = Collections.unmodifiableMap(values);
            }
        }

        /**
         * A snapshot read back gives small whole numbers as {@code Integer}: they are made {@code Long}
         * again, so that a value keeps its JSON type (a number stays a number) however it was stored.
         */
        private static Object profileValue(String tag, Object value) {
            if (value instanceof String) {
                return value;
            }
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            throw new IllegalArgumentException("the profile value of " + tag + " must be a string or a whole number");
        }

        Account withProfile(Map<String, Object> changes) {
            Map<String, Object> merged = new LinkedHashMap<>(profile);
            merged.putAll(changes);
            return new Account(userId, merged, online);
        }

        Account withOnline(boolean nowOnline) {
            return new Account(userId, profile, nowOnline);
        }
    }

    /**
     * How long a deleted UserID cannot be imported again: three months, on apps past the trial
     * edition. The emulator plays such an app (one that has allowed deleting accounts).
     */
    public static final Duration REIMPORT_WAIT = Duration.ofDays(90);

    /** When a UserID was deleted, in epoch seconds; a snapshot keeps it so the wait survives restarts. */
    public record Deletion(String userId, Long deletedAt) {

        public Deletion {
            SnapshotSection.required(userId, "UserId");
            SnapshotSection.required(deletedAt, "DeletedAt");
        }
    }

    private static final SnapshotSection.Field<List<Account>> ACCOUNTS = SnapshotSection.list("Accounts", Account.class);
    private static final SnapshotSection.Field<List<Deletion>> DELETED = SnapshotSection.list("Deleted", Deletion.class);

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Long> deletedAt = new LinkedHashMap<>();
    private final Set<String> administrators;
    private final Clock clock;

    /** @param administrators the App administrator accounts, which exist without being imported, as in the service */
    public AccountStore(Set<String> administrators, Clock clock) {
        this.administrators = Set.copyOf(administrators);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "account";
    }

    /**
     * Imports an account, or updates the profile fields given for one that exists. A UserID deleted
     * less than {@link #REIMPORT_WAIT} ago is refused with 70399.
     */
    public void importAccount(String userId, Map<String, Object> profile) {
        Long deleted = deletedAt.get(userId);
        if (deleted != null && clock.instant().getEpochSecond() - deleted < REIMPORT_WAIT.toSeconds()) {
            throw new ServiceException(ErrorCodes.DELETED_ACCOUNT_REIMPORT_TOO_SOON,
                    userId + " was deleted less than " + REIMPORT_WAIT.toDays() + " days ago and cannot be imported again yet");
        }
        deletedAt.remove(userId);
        Account existing = accounts.get(userId);
        accounts.put(userId, existing == null ? new Account(userId, profile, false) : existing.withProfile(profile));
    }

    public boolean exists(String userId) {
        return accounts.containsKey(userId) || administrators.contains(userId);
    }

    /** The account, or the service's answer for one that was never imported. */
    public Account require(String userId) {
        Account account = accounts.get(userId);
        if (account == null && administrators.contains(userId)) {
            return new Account(userId, Map.of(), false);
        }
        if (account == null) {
            throw new ServiceException(ErrorCodes.USER_NOT_IMPORTED, "account " + userId + " has not been imported");
        }
        return account;
    }

    public Optional<Account> find(String userId) {
        return exists(userId) ? Optional.of(require(userId)) : Optional.empty();
    }

    /** Deletes an account and starts its re-import wait; false when there was none. */
    public boolean delete(String userId) {
        if (accounts.remove(userId) == null) {
            return false;
        }
        deletedAt.put(userId, clock.instant().getEpochSecond());
        return true;
    }

    public void setProfile(String userId, Map<String, Object> changes) {
        accounts.put(userId, require(userId).withProfile(changes));
    }

    public void setOnline(String userId, boolean online) {
        accounts.put(userId, require(userId).withOnline(online));
    }

    @Override
    public void clear() {
        accounts.clear();
        deletedAt.clear();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        return SnapshotOutput.tree(this, json);
    }

    @Override
    public void writeExport(JsonGenerator out, ObjectMapper json) throws IOException {
        out.writeStartObject();
        SnapshotOutput.writeList(out, "Accounts", accounts.values(), json);
        SnapshotOutput.writeList(out, "Deleted", deletedAt.entrySet().stream()
                .map(entry -> new Deletion(entry.getKey(), entry.getValue())).toList(), json);
        out.writeEndObject();
    }

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        SnapshotSection.Values read = section.read(ACCOUNTS, DELETED);
        List<Account> restored = read.get(ACCOUNTS);
        List<Deletion> deletions = read.get(DELETED);
        return () -> {
            clear();
            restored.forEach(account -> accounts.put(account.userId(), account));
            deletions.forEach(deletion -> deletedAt.put(deletion.userId(), deletion.deletedAt()));
        };
    }
}

package dev.liveengine.emulator.control;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.message.MessageStore;
import dev.liveengine.emulator.pipeline.RateLimiter;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.member.MemberStateChanges;
import dev.liveengine.emulator.state.ClockDriven;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.model.AfterFollowAddEvent;
import dev.liveengine.server.model.AfterFollowDeleteEvent;
import dev.liveengine.server.model.FollowedUser;
import java.time.Duration;
import dev.liveengine.emulator.webhook.Delivery;
import dev.liveengine.emulator.webhook.Webhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the emulator's control API does, callable from Java too: reset, state snapshots, envelope-level
 * fault injection and the journal of calls. The HTTP control API ({@code /emulator/v1/...}) is a
 * thin layer over this class. Operations are named as users name them (see
 * {@link SpecContract#liveEngineOperation}); a name that fits no operation, or several, is refused.
 */
public final class EmulatorControl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorState state;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final Journal journal;
    private final SpecContract contract;
    private final Webhooks webhooks;
    private final List<ClockDriven> clockDriven;

    public EmulatorControl(EmulatorState state, RateLimiter rateLimiter, Faults faults, Journal journal, SpecContract contract,
                           Webhooks webhooks, List<ClockDriven> clockDriven) {
        this.clockDriven = List.copyOf(clockDriven);
        this.state = state;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.journal = journal;
        this.contract = contract;
        this.webhooks = webhooks;
    }

    /**
     * Forgets all state, injected faults, the journal, the record of webhook deliveries and the
     * webhooks still queued, and rate-limit counters, as after a fresh start.
     */
    public void reset() {
        state.clear();
        faults.clear();
        journal.clear();
        webhooks.reset();
        rateLimiter.reset();
    }

    /** The whole state, {@code {"Version": 1, "Stores": {...}}}; it never holds a secret. */
    public JsonNode exportState() {
        return state.export();
    }

    /**
     * Replaces the whole state with a snapshot from {@link #exportState()}; all or nothing.
     *
     * @throws IllegalArgumentException naming what is wrong with the snapshot
     */
    public void importState(JsonNode snapshot) {
        state.restore(snapshot);
    }

    /**
     * Loads a snapshot file written by {@link #writeState(Path)}, streamed: a file of a million
     * accounts is never held as a JSON tree. All or nothing, as {@link #importState}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public void readState(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            state.restore(parser);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a state snapshot: " + e.getMessage(), e);
        }
    }

    /**
     * At start: removes what writes cut short left beside {@code file} (temporary files the rename
     * never took, after a kill), then reads the file if there is one.
     */
    public void loadStateFile(Path file) {
        Path absolute = file.toAbsolutePath();
        Pattern unfinished = Pattern.compile(Pattern.quote(absolute.getFileName() + ".") + "\\d+\\.tmp");
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            for (Path sibling : siblings.filter(p -> unfinished.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(sibling);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not look for unfinished writes of " + file, e);
        }
        if (Files.exists(absolute)) {
            readState(absolute);
        }
    }

    /**
     * Writes the state to {@code file} so that the file is always a whole snapshot, the old one or
     * the new one, whenever the process dies: the snapshot goes to a temporary file, which is forced
     * to disk (else a crash of the machine could leave the renamed file empty) and then renamed over
     * the old one in one step.
     */
    public void writeState(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
            try {
                // streamed: a state too large to be held as a JSON tree is written all the same
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                     JsonGenerator out = JSON.createGenerator(Channels.newOutputStream(channel)).useDefaultPrettyPrinter()) {
                    state.write(out);
                    out.flush();
                    channel.force(true);
                }
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the state to " + file, e);
        }
    }

    /** A user enters a room, as its client SDK would make it: a member and a viewer from now on. */
    public void enterRoom(String roomId, String userId) {
        state.atomically(() -> {
            state.store(AccountStore.class).require(userId);
            boolean entering = !state.store(RoomStore.class).isMember(roomId, userId);
            state.store(RoomStore.class).enter(roomId, userId);
            if (entering) {
                webhooks.afterEndUserEvent(MemberStateChanges.entered(webhooks, roomId, List.of(userId)));
            }
            return null;
        });
    }

    /** A user leaves a room it is in. */
    public void leaveRoom(String roomId, String userId) {
        state.atomically(() -> {
            state.store(RoomStore.class).leave(roomId, userId);
            state.forgetMember(roomId, userId);
            webhooks.afterEndUserEvent(MemberStateChanges.left(webhooks, roomId, List.of(userId)));
            return null;
        });
    }

    /** The latest messages sent into a room by the message commands, oldest first. */
    public List<MessageStore.Message> roomMessages(String roomId) {
        return state.atomically(() -> state.store(MessageStore.class).latest(roomId));
    }

    /** A user goes online ({@code true}) or offline. */
    public void setOnline(String userId, boolean online) {
        state.atomically(() -> {
            state.store(AccountStore.class).setOnline(userId, online);
            return null;
        });
    }

    /**
     * The next {@code count} calls of {@code operation} answer FAIL with {@code errorCode} and
     * {@code errorInfo} (empty when null) instead of running.
     */
    public void failNextCalls(String operation, int count, int errorCode, String errorInfo) {
        if (errorCode == 0) {
            throw new IllegalArgumentException("an injected failure needs a non-zero ErrorCode");
        }
        // the control API documents an empty ErrorInfo when none is given
        faults.failNext(contract.liveEngineOperation(operation).name(), count, errorCode, errorInfo == null ? "" : errorInfo);
    }

    /** Holds back the replies of {@code operation} by {@code millis}: the next {@code count} calls, or all when null. */
    public void delayCalls(String operation, long millis, Integer count) {
        faults.delay(contract.liveEngineOperation(operation).name(), millis, count);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The newest {@code limit} calls of the Live Engine API, of {@code operation} only when not null, oldest first. */
    public List<Journal.Call> journal(String operation, int limit) {
        return journal.latest(operation == null ? null : contract.liveEngineOperation(operation).name(), limit);
    }

    /** A user follows others (the client SDK's follow): only the follow webhook happens. */
    public void follow(String from, List<String> to) {
        state.atomically(() -> {
            requireAccounts(from, to);
            webhooks.afterEndUserEvent(new AfterFollowAddEvent()
                    .callbackCommand(AfterFollowAddEvent.CallbackCommandEnum.FOLLOW_CALLBACK_AFTER_FOLLOW_ADD)
                    .fromAccount(from)
                    .followList(to.stream().map(user -> new FollowedUser().toAccount(user)).toList())
                    .eventTime(webhooks.eventTime()));
            return null;
        });
    }

    /** A user stops following others: only the unfollow webhook happens. */
    public void unfollow(String from, List<String> to) {
        state.atomically(() -> {
            requireAccounts(from, to);
            webhooks.afterEndUserEvent(new AfterFollowDeleteEvent()
                    .callbackCommand(AfterFollowDeleteEvent.CallbackCommandEnum.FOLLOW_CALLBACK_AFTER_FOLLOW_DELETE)
                    .fromAccount(from)
                    .toAccount(List.copyOf(to))
                    .eventTime(webhooks.eventTime()));
            return null;
        });
    }

    private void requireAccounts(String from, List<String> to) {
        AccountStore accounts = state.store(AccountStore.class);
        accounts.require(from);
        to.forEach(accounts::require);
    }

    /**
     * Reports now what is due by the clock (a battle that has reached its end), rather than at the
     * emulator's next check a second later: for a test that has just moved its clock.
     */
    public void reportDueEvents() {
        state.atomically(() -> {
            clockDriven.forEach(ClockDriven::reportDue);
            return null;
        });
    }

    /**
     * Waits until every queued "After" webhook has been sent (or has failed), up to {@code max}:
     * for a test that then asserts on the deliveries. Returns whether they all were.
     */
    public boolean awaitWebhooks(Duration max) throws InterruptedException {
        return webhooks.awaitSent(max);
    }

    // ---- webhooks -----------------------------------------------------------------------------------

    /** The latest webhook deliveries, newest first, at most {@code limit}. */
    public List<Delivery> webhookDeliveries(int limit) {
        return webhooks.deliveries(limit);
    }

    /** Sends a recorded delivery again (see {@link Webhooks#replay}). */
    public void replayWebhookDelivery(long id) {
        webhooks.replay(id);
    }
}

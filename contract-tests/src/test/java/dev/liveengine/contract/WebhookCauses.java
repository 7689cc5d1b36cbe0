package dev.liveengine.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the provider makes the emulator send a webhook: by making its event happen, as it would
 * happen at the service. A webhook that commands cause ({@code x-triggered-by}) is caused by the
 * first of them, called by the client with its recorded request in the state of its recorded
 * fixtures ({@link SpecExamples#recordedFixtures(String)}), where it succeeds. The webhooks no
 * command causes are in the small table {@link #NOT_CAUSED_BY_A_COMMAND}: what an end user does
 * (through the emulator's control API), or the clock.
 */
final class WebhookCauses {

    /**
     * What makes the emulator send a webhook: something that happens in the state of the recorded
     * fixtures of the operation {@code fixturesOf} (the shared ones when null).
     */
    record Cause(String fixturesOf, Happening happening) {

        /** A fresh copy of the state to import first. */
        JsonNode fixtures() {
            return fixturesOf == null ? SpecExamples.recordedFixtures() : SpecExamples.recordedFixtures(fixturesOf);
        }

        void happen(LiveEngineEmulatorExtension emulator, MutableClock clock) throws Exception {
            happening.happen(emulator, clock);
        }
    }

    @FunctionalInterface
    interface Happening {
        void happen(LiveEngineEmulatorExtension emulator, MutableClock clock) throws Exception;
    }

    /** The vendor's threshold for {@code Live.CallbackAfterCreateRoomReachingThreshold}: 70% of the room quota. */
    private static final int QUOTA_THRESHOLD_PERCENT = 70;

    /** The webhooks with an empty {@code x-triggered-by}, each with how its event happens in the emulator. */
    private static final Map<String, Cause> NOT_CAUSED_BY_A_COMMAND = Map.of(
            "Follow.CallbackAfterFollowAdd", new Cause(null,
                    (emulator, clock) -> emulator.control().follow("user1", List.of("user2", "host"))),
            "Follow.CallbackAfterFollowDelete", new Cause(null,
                    (emulator, clock) -> emulator.control().unfollow("user1", List.of("user2"))),
            "Live.CallbackAfterEndBattle", new Cause("createBattle", (emulator, clock) -> {
                call(emulator, "createBattle");
                clock.advance(Duration.ofMillis(recordedRequest("createBattle").path("Duration").asLong()));
                emulator.control().reportDueEvents();
            }));

    private WebhookCauses() {
    }

    /** How the webhook of {@code callbackCommand} is caused. */
    static Cause of(String callbackCommand) {
        SpecExamples.Webhook webhook = SpecExamples.webhook(callbackCommand);
        if (!webhook.triggeredBy().isEmpty()) {
            String operationId = webhook.triggeredBy().get(0);
            return new Cause(operationId, (emulator, clock) -> call(emulator, operationId));
        }
        Cause cause = NOT_CAUSED_BY_A_COMMAND.get(callbackCommand);
        if (cause == null) {
            throw new IllegalStateException(callbackCommand + " has an empty x-triggered-by and no cause in "
                    + WebhookCauses.class.getSimpleName() + ".NOT_CAUSED_BY_A_COMMAND");
        }
        return cause;
    }

    /**
     * A room quota whose threshold the recorded create_room reaches in its recorded state, so that it
     * causes {@code Live.CallbackAfterCreateRoomReachingThreshold} as its {@code x-triggered-by} says.
     */
    static int roomQuotaReachedByTheRecordedCreateRoom() {
        int roomsAfter = SpecExamples.recordedFixtures("createRoom").at("/Stores/room/Rooms").size() + 1;
        int quota = roomsAfter * 100 / QUOTA_THRESHOLD_PERCENT;
        if ((quota * QUOTA_THRESHOLD_PERCENT + 99) / 100 != roomsAfter) {
            throw new IllegalStateException("no room quota has its threshold at " + roomsAfter + " rooms");
        }
        return quota;
    }

    /** Calls the operation with its recorded request through the client; a refusal is thrown. */
    private static void call(LiveEngineEmulatorExtension emulator, String operationId) throws Exception {
        ClientOperation.of(SpecExamples.operation(operationId)).call(emulator.client(), recordedRequest(operationId));
    }

    private static JsonNode recordedRequest(String operationId) {
        SpecExamples.Example recorded = SpecExamples.operation(operationId).requestExamples().get("recorded");
        if (recorded == null) {
            throw new IllegalStateException(operationId + " has no request example named recorded");
        }
        return recorded.value();
    }
}

package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.webhook.Delivery;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Python;
import dev.liveengine.polyglot.support.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs src/test/python/scenario.py, a program using the generated package {@code live_engine_client} with its
 * hand-written helpers, against an emulator from {@link LiveEngineEmulatorExtension} (which checks every reply and
 * webhook it sent against the spec). The program calls every command group, turns a FAIL envelope into a typed
 * {@code LiveEngineError} and receives a signed webhook on its own HTTP server; this test then checks, from the
 * emulator's side, what it did: the journal of calls, the state and the webhook deliveries.
 */
class PythonClientScenarioTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final Duration SCENARIO_TIMEOUT = Duration.ofSeconds(60);
    /** The tags the issue names as groups: accounts, room (and stats), member, gift, seat, battle, mix, robot, message, webhook configuration. */
    private static final Set<String> GROUPS = Set.of("Account", "Room", "Member", "Gift", "GiftCategory", "Seat", "Battle",
            "MixStream", "Robot", "Message", "CallbackConfig");
    private static final Pattern TYPED_FAIL = Pattern.compile("TYPED FAIL get_room_info (\\d+) (Id-\\S+)");
    private static final String ROOM = "py-room";
    private static final String WEBHOOK_TOKEN = "py-scenario-token-5c1d";

    @Test
    void generatedClientRunsEveryGroupAgainstTheEmulator() throws Exception {
        String python = Python.interpreter();
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));

        // credentials travel in the environment: never on a command line, never in a message
        ExternalProcess.Result run = ExternalProcess.run(PolyglotBuild.moduleDir(), SCENARIO_TIMEOUT,
                Python.environment(Map.of(
                        "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                        "LIVE_ENGINE_SDKAPPID", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID),
                        "LIVE_ENGINE_IDENTIFIER", EmulatorSettings.DEFAULT_ADMIN,
                        "LIVE_ENGINE_USERSIG", userSig,
                        "LIVE_ENGINE_WEBHOOK_TOKEN", WEBHOOK_TOKEN)),
                List.of(python, Python.testSource("scenario.py").toString()));

        // first, so that a failure message quoting the program's output can never carry a secret
        assertFalse(run.output().contains(userSig), "the scenario printed the UserSig");
        assertFalse(run.output().contains(WEBHOOK_TOKEN), "the scenario printed the webhook token");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.output().strip().endsWith("SCENARIO PASSED"), () -> "the scenario exited 0 without finishing: "
                + run.describe());
        System.out.println("[PythonClientScenarioTest] scenario.py passed in " + run.elapsed().toMillis() + " ms");

        List<Journal.Call> calls = emulator.control().journal(null, 1000);
        everyGroupWasCalledSuccessfully(calls, run);
        theTypedFailureIsTheEmulatorsReply(calls, run);
        theStateIsWhatTheScenarioDid();
        theWebhooksWereDeliveredAndAccepted();
    }

    private static void everyGroupWasCalledSuccessfully(List<Journal.Call> calls, ExternalProcess.Result run) {
        Map<String, String> tagOf = Spec.operations().stream()
                .collect(Collectors.toMap(Spec.SpecOperation::operationId, Spec.SpecOperation::tag));
        Set<String> succeeded = new TreeSet<>();
        calls.stream().filter(call -> call.errorCode() == 0).forEach(call -> succeeded.add(tagOf.get(call.operationId())));
        Set<String> missing = new TreeSet<>(GROUPS);
        missing.removeAll(succeeded);
        assertTrue(missing.isEmpty(), () -> "no successful call of " + missing + " reached the emulator; " + run.describe());
        assertTrue(calls.stream().anyMatch(call -> call.operationId().equals("getRoomStats") && call.errorCode() == 0),
                "get_room_stats was not called");
        // every call authenticated with the credentials of the one Configuration: no 60xxx/70xxx refusal
        List<Journal.Call> refused = calls.stream()
                .filter(call -> call.errorCode() != 0 && !Set.of(100004, 100200, 102002).contains(call.errorCode())).toList();
        assertTrue(refused.isEmpty(), () -> "unexpected refusals: " + refused);
        long failures = calls.stream().filter(call -> call.errorCode() != 0).count();
        assertEquals(3, failures, () -> "the scenario provokes three FAIL envelopes: " + calls);
    }

    private static void theTypedFailureIsTheEmulatorsReply(List<Journal.Call> calls, ExternalProcess.Result run) {
        Matcher typed = TYPED_FAIL.matcher(run.output());
        assertTrue(typed.find(), () -> "the scenario did not report its typed FAIL: " + run.describe());
        Journal.Call failed = calls.stream().filter(call -> call.requestId().equals(typed.group(2))).findFirst()
                .orElseThrow(() -> new AssertionError("no call with the RequestId the Python error carried, " + typed.group(2)));
        assertEquals("getRoomInfo", failed.operationId());
        assertEquals(100004, failed.errorCode());
        assertEquals("100004", typed.group(1));
    }

    private static void theStateIsWhatTheScenarioDid() {
        JsonNode stores = emulator.control().exportState().path("Stores");
        List<String> accounts = texts(stores.at("/account/Accounts"), "UserId");
        assertTrue(accounts.containsAll(List.of("py-alice", "py-bob", "py-carol", "py-dave", "py-robot1", "py-robot2")),
                () -> "accounts: " + accounts);
        assertEquals(List.of("py-erin"), texts(stores.at("/account/Deleted"), "UserId"));
        assertEquals("Alice L.", accountProfile(stores, "py-alice").path("Tag_Profile_IM_Nick").asText());

        JsonNode rooms = stores.at("/room/Rooms");
        assertEquals(List.of(ROOM), texts(rooms, "RoomId"), "the rival room was destroyed, the other stays");
        JsonNode room = rooms.get(0);
        assertEquals("Python room, renamed", room.at("/Settings/RoomName").asText());
        assertEquals("py-robot1", room.path("Owner").asText());
        assertEquals("python", room.at("/Metadata/topic").asText());
        assertTrue(room.at("/Metadata/mood").isMissingNode(), "del_room_metadata had no effect");
        assertEquals(List.of("py-robot1", "py-robot2"), texts(room.path("Robots"), null));
        assertTrue(room.path("MutedUntil").has("py-robot2"));
        assertTrue(room.path("BannedUntil").isEmpty(), "the ban was lifted");

        JsonNode giftRoom = stores.at("/gift/Rooms").get(0);
        assertEquals(ROOM, giftRoom.path("RoomId").asText());
        assertEquals(3, giftRoom.path("TotalCount").asInt());
        assertEquals(30, giftRoom.path("TotalCoins").asInt());
        assertEquals(List.of("py-rose"), texts(stores.at("/gift/Relations").get(0).path("GiftIds"), null));

        JsonNode seats = stores.at("/seat/Rooms").get(0).path("Seats");
        List<String> seated = new ArrayList<>();
        seats.forEach(seat -> {
            if (seat.has("Member")) {
                seated.add(seat.path("Index").asInt() + "=" + seat.path("Member").asText());
            }
        });
        assertEquals(List.of("3=py-robot1"), seated);
        assertTrue(seats.get(5).path("TakenDisabled").asBoolean(), "seat 5 was locked");

        assertEquals(1, stores.at("/battle/LastId").asInt(), "one battle was created");
        assertEquals("RUNNING", stores.at("/mixStream/Tasks").get(0).path("Status").asText());
        assertEquals(2, emulator.control().roomMessages(ROOM).size(), "a text and a custom message");
    }

    private static void theWebhooksWereDeliveredAndAccepted() throws InterruptedException {
        assertTrue(emulator.control().awaitWebhooks(Duration.ofSeconds(10)), "webhooks still queued");
        List<Delivery> deliveries = emulator.control().webhookDeliveries(100);
        List<String> delivered = deliveries.stream()
                .filter(delivery -> delivery.delivered() && delivery.status() == 200)
                .map(Delivery::callbackCommand).sorted().toList();
        assertEquals(List.of("Live.CallbackAfterCreateRoom", "Live.CallbackAfterCreateRoom", "Live.CallbackAfterDestroyRoom"),
                delivered, () -> "deliveries: " + deliveries);
        assertTrue(deliveries.stream().allMatch(delivery -> delivery.url().startsWith("http://127.0.0.1:")),
                "the scenario's server listens on loopback");
    }

    private static JsonNode accountProfile(JsonNode stores, String userId) {
        return StreamSupport.stream(stores.at("/account/Accounts").spliterator(), false)
                .filter(account -> account.path("UserId").asText().equals(userId)).findFirst()
                .orElseThrow(() -> new AssertionError(userId + " was not imported")).path("Profile");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
        return values;
    }
}

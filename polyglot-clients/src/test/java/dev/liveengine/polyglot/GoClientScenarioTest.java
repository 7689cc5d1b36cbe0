package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.message.MessageStore;
import dev.liveengine.emulator.webhook.Delivery;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.GoToolchain;
import dev.liveengine.polyglot.support.PolyglotBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Runs the Go scenario (src/test/go/scenario, a {@code go test} package) against an emulator from
 * {@link LiveEngineEmulatorExtension}, which checks every reply and webhook it sends against the spec. The
 * scenario drives every command group through the generated client, turns FAIL envelopes into the helper's typed
 * error, and receives a live webhook on a server of its own, verified and parsed by the helper. This test starts
 * the emulator, hands over the credentials (a UserSig from the emulator's signer), and then checks what the
 * scenario reports against the emulator's own journal and state, so that a scenario that checked nothing would
 * still fail here.
 */
class GoClientScenarioTest {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    /** The scenario's subtests, one per command group, as go test names them. */
    private static final List<String> GROUPS = List.of("webhook configuration", "accounts", "room", "typed errors",
            "robot", "seat", "member", "gift", "battle", "mix", "message", "stats", "webhook delivery",
            "webhook configuration removed", "wire");

    /** {@code FACT typed-fail <command> <ErrorCode> <RequestId>}: a FAIL the scenario received as a LiveEngineError. */
    private static final Pattern TYPED_FAIL = Pattern.compile("FACT typed-fail (\\S+) (\\d+) (Id-\\S+)");
    private static final Pattern REQUESTS = Pattern.compile("FACT requests (\\d+)");

    @Test
    void generatedClientRunsEveryGroupAgainstTheEmulator() throws Exception {
        Path scenario = GoToolchain.scenario();
        assertTrue(Files.isRegularFile(scenario.resolve("scenario_test.go")), () -> scenario + " is missing: the build "
                + "copies src/test/go there (see the go-tests execution in the pom)");
        ExternalProcess.Result vet = GoToolchain.go(scenario, GoToolchain.BUILD_TIMEOUT, Map.of(), "vet", "./...");
        assertEquals(0, vet.exitCode(), vet::describe);

        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        // credentials travel in the environment: never on a command line, never in a message
        Map<String, String> environment = Map.of(
                "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                "LIVE_ENGINE_SDKAPPID", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID),
                "LIVE_ENGINE_IDENTIFIER", EmulatorSettings.DEFAULT_ADMIN,
                "LIVE_ENGINE_USERSIG", userSig,
                "LIVE_ENGINE_WEBHOOK_EXAMPLES", PolyglotBuild.moduleDir().resolve("../openapi/spec/webhooks").normalize().toString());
        ExternalProcess.Result run = GoToolchain.go(scenario, GoToolchain.BUILD_TIMEOUT, environment,
                "test", "-count=1", "-v", "./...");

        // first, so that a failure message quoting the output can never carry the UserSig
        assertFalse(run.output().contains(userSig), "the scenario printed the UserSig");
        assertEquals(0, run.exitCode(), run::describe);
        for (String group : GROUPS) {
            String passed = "--- PASS: TestScenario/" + group.replace(' ', '_') + " ";
            assertTrue(run.output().contains(passed), () -> "group " + group + " did not pass: " + run.describe());
        }
        assertTrue(run.output().contains("--- PASS: TestRecordedWebhookPayloads "), run::describe);

        assertTypedFailuresAreTheEmulatorsReplies(run.output());
        assertStateIsTheScenarios(emulator.control().exportState().path("Stores"));
        assertMessagesWereSent();
        assertWebhooksWereDelivered();
        assertEquals(countOf(REQUESTS, run.output()), emulator.control().journal(null, 10_000).size(),
                "the scenario and the emulator's journal disagree on the number of calls");
    }

    /** Each typed error the scenario got names a RequestId the emulator answered with that ErrorCode. */
    private static void assertTypedFailuresAreTheEmulatorsReplies(String output) {
        Map<String, Journal.Call> journal = emulator.control().journal(null, 10_000).stream()
                .collect(Collectors.toMap(Journal.Call::requestId, call -> call));
        Set<String> seen = new TreeSet<>();
        Matcher matcher = TYPED_FAIL.matcher(output);
        while (matcher.find()) {
            String command = matcher.group(1);
            int code = Integer.parseInt(matcher.group(2));
            Journal.Call call = journal.get(matcher.group(3));
            assertTrue(call != null, () -> "the emulator answered no request " + matcher.group(3));
            assertEquals(code, call.errorCode(), () -> "the emulator answered " + call);
            assertTrue(call.operation().endsWith("/" + command), () -> command + " is not " + call.operation());
            seen.add(command + " " + code);
        }
        assertEquals(Set.of("get_callback 100301", "get_room_info 100004", "send_gift 102002"), seen,
                "the typed errors the scenario reported");
    }

    private static void assertStateIsTheScenarios(JsonNode stores) {
        JsonNode accounts = stores.path("account");
        assertEquals(Set.of("go-alice", "go-bob", "go-robot1", "go-robot2", "go-robot3"), texts(accounts.path("Accounts"), "UserId"));
        assertEquals(Set.of("go-dave"), texts(accounts.path("Deleted"), "UserId"));
        JsonNode alice = find(accounts.path("Accounts"), "UserId", "go-alice");
        assertEquals("Alice in Go", alice.at("/Profile/Tag_Profile_IM_Nick").asText());
        assertEquals(7, alice.at("/Profile/Tag_Profile_IM_Level").asInt());

        JsonNode rooms = stores.at("/room/Rooms");
        assertEquals(Set.of("go-room", "go-rival", "go-mix"), texts(rooms, "RoomId"), "go-closed was destroyed");
        JsonNode room = find(rooms, "RoomId", "go-room");
        assertEquals("go-bob", room.path("Owner").asText(), "change_room_owner");
        assertEquals("welcome, Go", room.at("/Settings/Notice").asText(), "update_room_info");
        assertEquals("go", room.at("/Metadata/topic").asText());
        assertTrue(room.at("/Metadata/lang").isMissingNode(), "del_room_metadata");
        assertEquals(Set.of("go-robot1"), values(room.path("Admins")));
        assertEquals(Set.of("go-robot1"), values(room.path("Robots")), "robot3 deleted, robot2 banned");
        assertTrue(room.at("/MutedUntil/go-robot1").isNumber(), "mute_member");

        JsonNode seats = find(stores.at("/seat/Rooms"), "RoomId", "go-room").path("Seats");
        assertEquals(9, seats.size());
        assertTrue(find(seats, "Index", "4").path("TakenDisabled").asBoolean(), "lock_seat");

        JsonNode gift = stores.path("gift");
        assertEquals(10, find(gift.path("Gifts"), "GiftId", "go-rose").path("Coins").asInt());
        assertEquals(Set.of("go-rose"), values(find(gift.path("Relations"), "CategoryId", "go-flowers").path("GiftIds")));
        JsonNode totals = find(gift.path("Rooms"), "RoomId", "go-room");
        assertEquals(3, totals.path("TotalCount").asInt(), "the failed send_gift must not count");
        assertEquals(30, totals.path("TotalCoins").asInt());

        assertEquals("RUNNING", find(stores.at("/mixStream/Tasks"), "RoomId", "go-mix").path("Status").asText());
        assertEquals(1, stores.at("/battle/Battles").size(), () -> "create_battle: " + stores.path("battle"));
        assertEquals(0, stores.path("webhook").size(), () -> "delete_callback: " + stores.path("webhook"));
    }

    private static void assertMessagesWereSent() {
        List<MessageStore.Message> messages = emulator.control().roomMessages("go-room");
        assertEquals(2, messages.size(), messages::toString);
        assertEquals("hello from the Go client", messages.get(0).text());
        assertEquals("go-alice", messages.get(0).sender());
        assertEquals("go-business", messages.get(1).businessId());
    }

    /** The webhooks the scenario waited for reached its server, which answered 200. */
    private static void assertWebhooksWereDelivered() throws InterruptedException {
        assertTrue(emulator.control().awaitWebhooks(Duration.ofSeconds(10)), "webhooks still queued");
        List<Delivery> deliveries = emulator.control().webhookDeliveries(1_000);
        for (String command : List.of("Live.CallbackAfterCreateRoom", "Group.CallbackAfterSendMsg")) {
            assertTrue(deliveries.stream().anyMatch(delivery -> delivery.callbackCommand().equals(command)
                    && delivery.delivered() && delivery.status() == 200 && delivery.url().startsWith("http://127.0.0.1:")),
                    () -> "no " + command + " delivered to the scenario's server: " + deliveries);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
    }

    private static Set<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int countOf(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        assertTrue(matcher.find(), () -> "no " + pattern + " in the output");
        return Integer.parseInt(matcher.group(1));
    }
}

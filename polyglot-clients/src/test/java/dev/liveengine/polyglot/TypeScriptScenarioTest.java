package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.Spec;
import dev.liveengine.polyglot.support.TypeScriptBuild;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs src/test/ts/scenario.ts, compiled by tsc against the npm package the build made of the generated
 * typescript-fetch client and the helpers of src/main/ts, against an emulator from
 * {@link LiveEngineEmulatorExtension}, which checks every reply and webhook it sent against the spec. The
 * script signs its own UserSig with Tencent's tls-sig-api-v2, calls every operation of every group, checks
 * the replies, typed FAIL envelopes and a signed webhook delivery to a receiver of its own; this test then
 * checks the emulator's journal, webhook deliveries and state, so that a script that checks too little
 * still fails.
 */
class TypeScriptScenarioTest {

    /** Not the emulator's defaults, so that the script must use what it is given. */
    private static final long SDKAPPID = 1400012345L;
    private static final String SECRET_KEY = "typescript-scenario-secret-key-5f1d3a";
    private static final String WEBHOOK_TOKEN = "ts-scenario-webhook-token-7c2e";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(settings -> settings.sdkAppId(SDKAPPID).secretKey(SECRET_KEY))
            .build();

    @Test
    void everyGroupEndToEndWithTypedErrorsAndASignedWebhook() throws Exception {
        // credentials travel in the environment: never on a command line, never in a message
        Map<String, String> environment = Map.of(
                "LIVE_ENGINE_BASE_URL", emulator.baseUrl(),
                "LIVE_ENGINE_SDKAPPID", Long.toString(SDKAPPID),
                "LIVE_ENGINE_IDENTIFIER", "administrator",
                "LIVE_ENGINE_SECRET_KEY", SECRET_KEY,
                "LIVE_ENGINE_WEBHOOK_TOKEN", WEBHOOK_TOKEN);
        ExternalProcess.Result run = TypeScriptBuild.node(TypeScriptBuild.compiled("scenario.js"), SCRIPT_TIMEOUT, environment);

        // first, so that a failure message quoting the script's output can never carry a secret
        assertFalse(run.output().contains(SECRET_KEY), "the script printed the secret key");
        assertFalse(run.output().contains(WEBHOOK_TOKEN), "the script printed the webhook token");
        assertFalse(run.output().toLowerCase().contains("usersig="), "the script printed a request URL with its UserSig");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.output().contains("SCENARIO PASSED"), () -> "the script exited 0 without finishing: " + run.describe());

        // every operation of the spec reached the emulator
        var journal = emulator.control().journal(null, 10_000);
        Set<String> called = journal.stream().map(Journal.Call::operationId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Spec.operations().stream().map(Spec.SpecOperation::operationId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> notCalled = new TreeSet<>(all);
        notCalled.removeAll(called);
        assertTrue(notCalled.isEmpty(), () -> "the scenario never called " + notCalled);

        // the typed error the script reported is the FAIL the emulator answered
        Matcher typed = Pattern.compile("TYPED-ERROR getRoomInfo errorCode=(\\d+) requestId=(\\S+)").matcher(run.output());
        assertTrue(typed.find(), () -> "the script reported no typed error: " + run.describe());
        assertEquals("100004", typed.group(1));
        Journal.Call failed = journal.stream().filter(call -> call.requestId().equals(typed.group(2))).findFirst()
                .orElseThrow(() -> new AssertionError("no call in the journal has RequestId " + typed.group(2)));
        assertEquals("getRoomInfo", failed.operationId());
        assertEquals(100004, failed.errorCode());

        // the webhooks the receiver verified are the ones the emulator delivered, each answered HTTP 200
        Map<String, Long> delivered = emulator.control().webhookDeliveries(1_000).stream()
                .peek(delivery -> assertEquals(200, delivery.status(), () -> "delivery " + delivery.id() + ": " + delivery.outcome()))
                .collect(Collectors.groupingBy(delivery -> delivery.callbackCommand(), Collectors.counting()));
        assertEquals(Map.of("Live.CallbackAfterCreateRoom", 2L, "Live.CallbackBeforeSendGift", 3L,
                "Mic.CallbackAfterSeatInfoChanged", 6L), delivered);

        assertStateAfterTheScenario(emulator.control().exportState().path("Stores"));
    }

    /** What the scenario leaves behind, read from the emulator's own snapshot rather than through the client. */
    private static void assertStateAfterTheScenario(JsonNode stores) {
        String snapshot = stores.toPrettyString();
        JsonNode account = stores.path("account");
        assertEquals(List.of("ts-alice", "ts-bob", "ts-carol", "ts-host"), values(account.path("Accounts"), "UserId").stream().sorted().toList(), snapshot);
        assertEquals(List.of("ts-dave"), values(account.path("Deleted"), "UserId"), snapshot);
        assertEquals("Alice in TypeScript", find(account.path("Accounts"), "UserId", "ts-alice").path("Profile").path("Tag_Profile_IM_Nick").asText());

        // the rival room was destroyed; the scenario's room shows every room, member and robot change
        JsonNode rooms = stores.path("room").path("Rooms");
        assertEquals(List.of("ts-room"), values(rooms, "RoomId"), snapshot);
        JsonNode room = rooms.get(0);
        assertEquals("ts-alice", room.path("Owner").asText());
        assertEquals("TypeScript room, renamed", room.path("Settings").path("RoomName").asText());
        assertTrue(room.path("Settings").path("UnlimitedRoomEnabled").asBoolean());
        assertEquals(List.of("ts-alice"), sorted(room.path("Admins")));
        assertEquals(Map.of("topic", "typescript"), fields(room.path("Metadata")));
        assertEquals(List.of("ts-alice", "ts-bob"), sorted(room.path("Members")));
        assertEquals(List.of("ts-alice", "ts-bob"), sorted(room.path("Robots")));
        assertEquals(Set.of("ts-bob"), fields(room.path("MutedUntil")).keySet());
        assertEquals(Map.of(), fields(room.path("BannedUntil")), "carol was unbanned");

        JsonNode seats = find(stores.path("seat").path("Rooms"), "RoomId", "ts-room").path("Seats");
        assertEquals("ts-alice", find(seats, "Index", "4").path("Member").asText(), snapshot);
        assertTrue(find(seats, "Index", "3").path("TakenDisabled").asBoolean(), "seat 3 is locked");
        assertEquals(1, stream(seats).filter(seat -> seat.has("Member")).count(), "only alice is seated");

        // the preset (15 gifts, 3 categories) less preset_fun_1 and the luxury category, plus ts-lily and ts-flowers
        JsonNode gift = stores.path("gift");
        List<String> giftIds = values(gift.path("Gifts"), "GiftId");
        assertEquals(15, giftIds.size(), snapshot);
        assertTrue(giftIds.contains("ts-lily") && !giftIds.contains("preset_fun_1"), giftIds::toString);
        assertEquals(7, find(gift.path("Gifts"), "GiftId", "ts-lily").path("Coins").asInt());
        assertEquals(List.of("fun", "popular", "ts-flowers"), values(gift.path("Categories"), "CategoryId").stream().sorted().toList());
        assertEquals(List.of("ts-lily"), texts(find(gift.path("Relations"), "CategoryId", "ts-flowers").path("GiftIds")));
        assertEquals(0, gift.path("GiftTexts").size(), "the gift's translation was deleted");
        assertEquals(0, gift.path("CategoryTexts").size(), "the category's translation was deleted");
        JsonNode totals = find(gift.path("Rooms"), "RoomId", "ts-room");
        assertEquals(3, totals.path("TotalCount").asInt(), "the gift the receiver refused must not count");
        assertEquals(15, totals.path("TotalCoins").asInt());
        assertEquals(List.of("ts-alice", "ts-bob"), sorted(totals.path("Senders")));

        assertEquals("RUNNING", find(stores.path("mixStream").path("Tasks"), "RoomId", "ts-room").path("Status").asText());
        JsonNode sent = find(stores.path("message").path("Rooms"), "RoomId", "ts-room");
        assertEquals(2, sent.path("Sent").asInt(), snapshot);
        assertEquals("hello from TypeScript", find(sent.path("Latest"), "Seq", "1").path("Text").asText());
        assertEquals("ts-poll", find(sent.path("Latest"), "Seq", "2").path("BusinessId").asText());
        // one battle was created; it went with the rival room
        assertEquals(1, stores.path("battle").path("LastId").asInt(), snapshot);
        // the webhook configuration and token were deleted at the end
        assertEquals(0, stores.path("webhook").size(), snapshot);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    /** The texts of an array the emulator keeps as a set: in no particular order. */
    private static List<String> sorted(JsonNode array) {
        return stream(array).map(JsonNode::asText).sorted().toList();
    }

    private static List<String> values(JsonNode array, String field) {
        return stream(array).map(element -> element.path(field).asText()).toList();
    }

    private static Map<String, String> fields(JsonNode object) {
        Map<String, String> fields = new TreeMap<>();
        object.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue().asText()));
        return fields;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return stream(array).filter(element -> element.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + field + " " + value + " in " + array));
    }
}

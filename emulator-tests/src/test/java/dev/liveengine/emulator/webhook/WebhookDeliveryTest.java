package dev.liveengine.emulator.webhook;

import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.junit5.WebhookInbox;
import dev.liveengine.emulator.junit5.WebhookInbox.Received;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.usersig.WebhookSignature;
import dev.liveengine.usersig.WebhookToken;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every webhook the spec describes is delivered when its event happens, with the documented query
 * string and signature. The body's validity against the spec's webhook schema is checked by the
 * extension after each test, for every webhook the emulator sends.
 */
class WebhookDeliveryTest {

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).roomQuota(quotaReachedByTheRecordedCreateRoom()))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /**
     * A room quota whose 70% threshold the recorded create_room reaches in its recorded state, so that
     * it causes {@code Live.CallbackAfterCreateRoomReachingThreshold} like every other webhook it causes.
     */
    private static int quotaReachedByTheRecordedCreateRoom() {
        int roomsAfter = SpecExamples.recordedFixtures("createRoom").at("/Stores/room/Rooms").size() + 1;
        int quota = roomsAfter * 100 / 70;
        while ((quota * 70 + 99) / 100 != roomsAfter) {
            quota--;
        }
        return quota;
    }

    /** Webhooks caused by no REST command: by end users (the control API's events) or by the clock. */
    private static final Set<String> NOT_CAUSED_BY_A_COMMAND = Set.of(
            "Follow.CallbackAfterFollowAdd", "Follow.CallbackAfterFollowDelete", "Live.CallbackAfterEndBattle");

    /** Each webhook, after each REST command that the spec says causes it, called with its recorded request. */
    @TestFactory
    Stream<DynamicTest> eachCommandDeliversTheWebhooksItCauses() {
        return SpecExamples.webhooks().stream().flatMap(webhook -> webhook.triggeredBy().stream().map(operationId ->
                dynamicTest(webhook.callbackCommand() + " after " + operationId, () -> {
                    SpecExamples.Operation operation = SpecExamples.operation(operationId);
                    emulator.control().importState(SpecExamples.recordedFixtures(operationId));
                    emulator.webhooks().clear();
                    AppWebhooks.switchOn(http, emulator.webhooks().url(), webhook.callbackCommand());

                    ok(http.call(operation, RecordedRequests.of(operation)));

                    assertSignedAndDocumented(emulator.webhooks().take(webhook.callbackCommand()), "RESTAPI");
                })));
    }

    @Test
    void everyWebhookOfTheSpecHasACause() {
        Set<String> caused = SpecExamples.webhooks().stream()
                .filter(webhook -> !webhook.triggeredBy().isEmpty() || NOT_CAUSED_BY_A_COMMAND.contains(webhook.callbackCommand()))
                .map(SpecExamples.Webhook::callbackCommand).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = SpecExamples.webhooks().stream().map(SpecExamples.Webhook::callbackCommand)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, caused, "a webhook with neither x-triggered-by nor a test of its own here");
    }

    @Test
    void endUsersCauseMemberAndFollowWebhooks() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterMemberStateChanged",
                "Follow.CallbackAfterFollowAdd", "Follow.CallbackAfterFollowDelete");

        ok(http.call("/emulator/v1/enter_room", json("RoomId", "live-room", "UserId", "user2")));
        Received entered = emulator.webhooks().take("Live.CallbackAfterMemberStateChanged");
        assertSignedAndDocumented(entered, "Unknown");
        assertEquals("Online", entered.body().path("EventType").asText());
        assertEquals("Enter", entered.body().path("EventCause").asText());
        assertEquals("user2", entered.body().at("/MemberList/0/Member_Account").asText());

        ok(http.call("/emulator/v1/leave_room", json("RoomId", "live-room", "UserId", "user2")));
        Received left = emulator.webhooks().take("Live.CallbackAfterMemberStateChanged");
        assertEquals("Leave", left.body().path("EventCause").asText());

        ok(http.call("/emulator/v1/follow_user", json("From_Account", "user1", "To_Account", List.of("user2", "host"))));
        Received followed = emulator.webhooks().take("Follow.CallbackAfterFollowAdd");
        assertSignedAndDocumented(followed, "Unknown");
        assertEquals("host", followed.body().at("/FollowList/1/To_Account").asText());
        ok(http.call("/emulator/v1/unfollow_user", json("From_Account", "user1", "To_Account", List.of("user2"))));
        assertEquals("user2", emulator.webhooks().take("Follow.CallbackAfterFollowDelete").body().at("/To_Account/0").asText());
    }

    @Test
    void aBattleReportsItsEndWhenTheClockReachesIt() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterEndBattle");
        JsonNode created = ok(http.call(SpecExamples.operation("createBattle"),
                json("FromRoomId", "pk-1", "ToRoomIdList", List.of("pk-2"), "Duration", 60_000))).json();
        String battleId = created.at("/Response/BattleId").asText();

        clock.advance(Duration.ofSeconds(59));
        emulator.control().reportDueEvents();
        assertTrue(emulator.webhooks().poll("Live.CallbackAfterEndBattle", Duration.ZERO).isEmpty(), "the battle is still on");

        clock.advance(Duration.ofSeconds(1));
        emulator.control().reportDueEvents();
        emulator.control().reportDueEvents();
        Received ended = emulator.webhooks().take("Live.CallbackAfterEndBattle");
        assertSignedAndDocumented(ended, "RESTAPI");
        assertEquals(battleId, ended.body().path("BattleId").asText());
        assertEquals(0, ended.body().path("OpType").asInt(), "time up");
        assertTrue(emulator.webhooks().poll("Live.CallbackAfterEndBattle", Duration.ofMillis(200)).isEmpty(), "an end is reported once");
    }

    @Test
    void onlyTheSwitchedOnCommandsAreDeliveredAndARefusedCallCausesNone() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterDestroyRoom");
        SpecExamples.Operation createRoom = SpecExamples.operation("createRoom");
        ok(http.call(createRoom, json("RoomInfo", json("RoomId", "quiet-room", "RoomType", "Live", "SeatTemplate", "VideoDynamicGrid9Seats"))));
        http.call(SpecExamples.operation("destroyRoom"), json("RoomId", "no-such-room"));
        ok(http.call(SpecExamples.operation("destroyRoom"), json("RoomId", "quiet-room")));

        assertEquals("quiet-room", emulator.webhooks().take("Live.CallbackAfterDestroyRoom").body().path("RoomId").asText());
        assertTrue(awaitAll(), "deliveries pending");
        assertEquals(List.of("Live.CallbackAfterDestroyRoom"),
                emulator.webhooks().all().stream().map(Received::callbackCommand).toList(),
                "neither the creation (not switched on) nor the refused destroy may be delivered");
    }

    @Test
    void anUnsignedConfigurationSendsNoSign() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        ok(http.call(SpecExamples.operation("setCallback"), json("Url", emulator.webhooks().url(),
                "CallbackCommandList", List.of("Live.CallbackAfterSetMetadata"))));
        ok(http.call(SpecExamples.operation("setRoomMetadata"), RecordedRequests.of(SpecExamples.operation("setRoomMetadata"))));
        Map<String, String> query = emulator.webhooks().take("Live.CallbackAfterSetMetadata").query();
        assertFalse(query.containsKey("Sign") || query.containsKey("RequestTime"), query.toString());
    }

    @Test
    void aReceiverThatHangsDoesNotHoldUpTheCallThatCausedTheWebhook() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterSetMetadata");
        emulator.webhooks().answer("Live.CallbackAfterSetMetadata", WebhookInbox.Answer.none());

        // answered while the receiver holds the webhook unanswered: the call did not wait for it
        ok(http.call(SpecExamples.operation("setRoomMetadata"), RecordedRequests.of(SpecExamples.operation("setRoomMetadata"))));
        emulator.webhooks().take("Live.CallbackAfterSetMetadata");
        ok(http.call(SpecExamples.operation("getRoomInfo"), json("RoomId", "live-room")));
        emulator.webhooks().clear(); // lets the receiver answer
    }

    @Test
    void theControlApiListsEachDeliveryAndReplaysOne() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterSetMetadata");
        emulator.webhooks().answer("Live.CallbackAfterSetMetadata", WebhookInbox.Answer.status(503, "busy"));
        ok(http.call(SpecExamples.operation("setRoomMetadata"), RecordedRequests.of(SpecExamples.operation("setRoomMetadata"))));
        Received first = emulator.webhooks().take("Live.CallbackAfterSetMetadata");
        assertTrue(awaitAll(), "deliveries pending");

        JsonNode deliveries = ok(http.call("/emulator/v1/get_webhook_deliveries", json("Limit", 10))).json().path("Deliveries");
        assertEquals(1, deliveries.size(), deliveries.toString());
        JsonNode delivery = deliveries.get(0);
        assertEquals("Live.CallbackAfterSetMetadata", delivery.path("CallbackCommand").asText());
        assertEquals(503, delivery.path("HttpStatus").asInt());
        assertEquals("failed: HTTP 503", delivery.path("Outcome").asText());
        assertEquals(first.body().toString(), delivery.path("Body").asText());
        assertFalse(delivery.toString().contains("Sign=") || delivery.toString().contains(AppWebhooks.TOKEN),
                "nothing of the token in a delivery record: " + delivery);

        emulator.webhooks().answer("Live.CallbackAfterSetMetadata", WebhookInbox.Answer.json("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}"));
        ok(http.call("/emulator/v1/replay_webhook_delivery", json("Id", delivery.path("Id").asLong())));
        assertEquals(first.body(), emulator.webhooks().take("Live.CallbackAfterSetMetadata").body());
        assertTrue(awaitAll(), "deliveries pending");
        JsonNode replayed = ok(http.call("/emulator/v1/get_webhook_deliveries", json("Limit", 1))).json().at("/Deliveries/0");
        assertEquals("delivered", replayed.path("Outcome").asText());
        assertTrue(replayed.path("Id").asLong() > delivery.path("Id").asLong(), "a replay is a delivery of its own");

        EmulatorHttp.fails(dev.liveengine.server.api.ErrorCodes.INVALID_PARAMETER,
                http.call("/emulator/v1/replay_webhook_delivery", json("Id", 999_999)));
    }

    /** The documented query string, signed with {@link AppWebhooks#TOKEN} at the emulator's clock. */
    static void assertSignedAndDocumented(Received received, String platform) {
        Map<String, String> query = received.query();
        assertEquals(String.valueOf(emulator.emulator().settings().sdkAppId()), query.get("SdkAppid"));
        assertEquals(received.callbackCommand(), received.body().path("CallbackCommand").asText(), "query and body agree");
        assertEquals("json", query.get("contenttype"));
        assertEquals("127.0.0.1", query.get("ClientIP"));
        assertEquals(platform, query.get("OptPlatform"));
        long requestTime = Long.parseLong(query.get("RequestTime"));
        assertEquals(clock.instant().getEpochSecond(), requestTime);
        assertTrue(WebhookSignature.matches(WebhookToken.of(AppWebhooks.TOKEN), requestTime, query.get("Sign")), query.toString());
    }

    private static boolean awaitAll() {
        try {
            return emulator.control().awaitWebhooks(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

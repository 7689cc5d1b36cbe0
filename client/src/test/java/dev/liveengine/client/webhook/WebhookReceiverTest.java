package dev.liveengine.client.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineJson;
import dev.liveengine.client.error.WebhookVerificationException;
import dev.liveengine.client.error.WebhookVerificationException.Reason;
import dev.liveengine.client.model.AfterCreateRoomEvent;
import dev.liveengine.openapi.testing.SpecExamples;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WebhookReceiverTest {

    /** The vendor's verified example: token, RequestTime and the Sign they give. */
    private static final String TOKEN = "xxxxyyyy";
    private static final long REQUEST_TIME = 1669872112L;
    private static final String SIGN = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
    private static final long SDK_APP_ID = 1400000000L;
    private static final String CREATED = "Live.CallbackAfterCreateRoom";

    private static WebhookReceiver receiverAt(long epochSecond) {
        return WebhookReceiver.builder().sdkAppId(SDK_APP_ID).token(TOKEN)
                .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)).build();
    }

    private static String query(String command, String sign, long requestTime) {
        return "SdkAppid=" + SDK_APP_ID + "&CallbackCommand=" + command + "&contenttype=json&ClientIP=127.0.0.1"
                + "&OptPlatform=RESTAPI&Sign=" + sign + "&RequestTime=" + requestTime;
    }

    private static String recorded(String command) {
        return SpecExamples.webhook(command).requestExamples().get("recorded").value().toString();
    }

    @Test
    void acceptsTheDocumentedVectorAndParsesTheTypedEvent() {
        WebhookEvent event = receiverAt(REQUEST_TIME).receive(query(CREATED, SIGN, REQUEST_TIME), recorded(CREATED));
        assertEquals(CREATED, event.callbackCommand());
        assertEquals("RESTAPI", event.platform());
        AfterCreateRoomEvent created = event.data(AfterCreateRoomEvent.class);
        assertEquals("tandy-test-rest", created.getRoomInfo().getRoomId());
        assertEquals("admin", created.getOperatorAccount());
    }

    @Test
    void refusesWhatMustNotBeTrusted() {
        String body = recorded(CREATED);
        assertEquals(Reason.BAD_SIGNATURE, reason(() -> receiverAt(REQUEST_TIME).receive(query(CREATED, SIGN.replace('1', '2'), REQUEST_TIME), body)));
        assertEquals(Reason.BAD_SIGNATURE, reason(() -> receiverAt(REQUEST_TIME).receive(query(CREATED, SIGN, REQUEST_TIME + 1), body)),
                "a Sign is for its own RequestTime");
        assertEquals(Reason.STALE, reason(() -> receiverAt(REQUEST_TIME + 61).receive(query(CREATED, SIGN, REQUEST_TIME), body)));
        assertEquals(CREATED, receiverAt(REQUEST_TIME - 60).receive(query(CREATED, SIGN, REQUEST_TIME), body).callbackCommand(),
                "60 s either way are accepted");
        assertEquals(Reason.UNSIGNED, reason(() -> receiverAt(REQUEST_TIME).receive(
                "SdkAppid=" + SDK_APP_ID + "&CallbackCommand=" + CREATED, body)));
        assertEquals(Reason.WRONG_APP, reason(() -> receiverAt(REQUEST_TIME).receive(
                query(CREATED, SIGN, REQUEST_TIME).replace("SdkAppid=" + SDK_APP_ID, "SdkAppid=1400000001"), body)));
        assertEquals(Reason.UNKNOWN_COMMAND, reason(() -> receiverAt(REQUEST_TIME).receive(query("Live.CallbackNoSuchThing", SIGN, REQUEST_TIME), body)));
        assertEquals(Reason.MALFORMED_BODY, reason(() -> receiverAt(REQUEST_TIME).receive(query(CREATED, SIGN, REQUEST_TIME), "{not json")));
        assertEquals(Reason.MALFORMED_BODY, reason(() -> receiverAt(REQUEST_TIME).receive(
                query(CREATED, SIGN, REQUEST_TIME), recorded("Live.CallbackAfterDestroyRoom"))), "the body must be the query's event");
    }

    @Test
    void aRefusalNeverQuotesTheTokenOrTheSign() {
        WebhookVerificationException refused = assertThrows(WebhookVerificationException.class,
                () -> receiverAt(REQUEST_TIME).receive(query(CREATED, SIGN.replace('1', '2'), REQUEST_TIME), recorded(CREATED)));
        assertFalse(refused.getMessage().contains(TOKEN) || refused.getMessage().contains("17773bc3"), refused.getMessage());
    }

    /** Every webhook of the spec has a model in the client, and its recorded sample parses into it. */
    @TestFactory
    Stream<DynamicTest> everyRecordedWebhookParsesIntoItsModel() {
        WebhookReceiver unsigned = WebhookReceiver.builder().sdkAppId(SDK_APP_ID).build();
        return SpecExamples.webhooks().stream().map(webhook -> DynamicTest.dynamicTest(webhook.callbackCommand(), () -> {
            JsonNode sample = webhook.requestExamples().get("recorded").value();
            WebhookEvent event = unsigned.receive(Map.of("SdkAppid", String.valueOf(SDK_APP_ID),
                    "CallbackCommand", webhook.callbackCommand()), sample.toString());
            String model = event.data().getClass().getSimpleName();
            assertTrue(model.endsWith("Event"), model);
            // nothing of the sample is lost or changed on the way into the model and back out
            ObjectMapper json = LiveEngineJson.newMapper();
            assertEquals(sample, json.readTree(json.writeValueAsString(event.data())), webhook.callbackCommand());
        }));
    }

    @Test
    void repliesAreTheDocumentedEnvelopes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}"), json.readTree(WebhookReply.allow()));
        assertEquals(1, json.readTree(WebhookReply.reject()).path("ErrorCode").asInt());
        assertEquals(2, json.readTree(WebhookReply.discardMessage()).path("ErrorCode").asInt());
        JsonNode refused = json.readTree(WebhookReply.refuseGift(102150, "no balance"));
        assertEquals(102150, refused.path("ErrorCode").asInt());
        assertEquals("no balance", refused.path("ErrorInfo").asText());
        assertThrows(IllegalArgumentException.class, () -> WebhookReply.refuseGift(102201, ""));
        assertThrows(IllegalArgumentException.class, () -> WebhookReply.refuseMessage(10099, ""));
    }

    private static Reason reason(Runnable receive) {
        return assertThrows(WebhookVerificationException.class, receive::run).reason();
    }

    @Test
    void theToleranceCanBeChosen() {
        WebhookReceiver strict = WebhookReceiver.builder().sdkAppId(SDK_APP_ID).token(TOKEN).tolerance(Duration.ofSeconds(5))
                .clock(Clock.fixed(Instant.ofEpochSecond(REQUEST_TIME + 6), ZoneOffset.UTC)).build();
        assertEquals(Reason.STALE, reason(() -> strict.receive(query(CREATED, SIGN, REQUEST_TIME), recorded(CREATED))));
    }
}

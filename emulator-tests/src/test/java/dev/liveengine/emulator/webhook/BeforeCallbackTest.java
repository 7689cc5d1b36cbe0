package dev.liveengine.emulator.webhook;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.RecordedRequests;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.junit5.WebhookInbox.Answer;
import dev.liveengine.emulator.webhook.WebhookConfigStore;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Before" webhooks decide, as documented: the gift check ({@code Live.CallbackBeforeSendGift})
 * and the message check ({@code Group.CallbackBeforeSendMsg}). The emulator waits 300 ms here instead
 * of the service's 2 s, so that the tests of an app that does not answer are quick.
 */
class BeforeCallbackTest {

    private static final String GIFT_CHECK = "Live.CallbackBeforeSendGift";
    private static final String MESSAGE_CHECK = "Group.CallbackBeforeSendMsg";
    private static final SpecExamples.Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final SpecExamples.Operation SEND_TEXT_MSG = SpecExamples.operation("sendTextMsg");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.webhookTimeout(Duration.ofMillis(300)))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** Gifts the recorded state had sent in the gift's room already. */
    private long giftsBefore;

    @BeforeEach
    void recordedState() {
        emulator.control().importState(SpecExamples.recordedFixtures());
        giftsBefore = giftsSentIn(giftRoom());
    }

    /** Gifts sent in the recorded gift's room by the test. */
    private long giftsSent() {
        return giftsSentIn(giftRoom()) - giftsBefore;
    }

    private static String verdict(int code, String info) {
        return json("ActionStatus", "OK", "ErrorInfo", info, "ErrorCode", code).toString();
    }

    private static long giftsSentIn(String roomId) {
        JsonNode rooms = emulator.control().exportState().at("/Stores/gift/Rooms");
        for (JsonNode room : rooms) {
            if (room.path("RoomId").asText().equals(roomId)) {
                return room.path("TotalCount").asLong();
            }
        }
        return 0;
    }

    private static Reply sendTheRecordedGift() {
        return http.call(SEND_GIFT, RecordedRequests.of(SEND_GIFT));
    }

    private static String giftRoom() {
        return RecordedRequests.of(SEND_GIFT).path("RoomId").asText();
    }

    // ---- gifts ----------------------------------------------------------------------------------------

    @Test
    void anAllowedGiftIsSentAfterTheAppSawIt() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), GIFT_CHECK);
        ok(sendTheRecordedGift());
        JsonNode event = emulator.webhooks().take(GIFT_CHECK).body();
        assertEquals(RecordedRequests.of(SEND_GIFT).path("GiftId").asText(), event.at("/GiftWater/GiftId").asText());
        assertEquals(1, giftsSent());
    }

    @Test
    void aRejectedGiftIs102004AndNotSent() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), GIFT_CHECK);
        emulator.webhooks().answer(GIFT_CHECK, Answer.json(verdict(1, "")));
        fails(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, sendTheRecordedGift());
        assertEquals(0, giftsSent());
    }

    @Test
    void theAppsOwnCodeReachesTheSenderWithItsText() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), GIFT_CHECK);
        emulator.webhooks().answer(GIFT_CHECK, Answer.json(verdict(102150, "not enough balance")));
        Reply reply = fails(102150, sendTheRecordedGift());
        assertEquals("not enough balance", reply.info());
        assertEquals(0, giftsSent());
    }

    @Test
    void noUsableAnswerBlocksTheGiftUnlessTheAppChoseNotToBlock() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), GIFT_CHECK);
        emulator.webhooks().answer(GIFT_CHECK, Answer.none());
        fails(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, sendTheRecordedGift());
        emulator.webhooks().answer(GIFT_CHECK, Answer.status(500, "oops"));
        fails(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, sendTheRecordedGift());
        emulator.webhooks().answer(GIFT_CHECK, Answer.json("not json"));
        fails(ErrorCodes.GIFT_REJECTED_BY_WEBHOOK, sendTheRecordedGift());
        assertEquals(0, giftsSent());

        ok(http.call(SpecExamples.operation("updateCallback"), json("Url", emulator.webhooks().url(),
                "CallbackCommandList", List.of(GIFT_CHECK, WebhookConfigStore.GIFT_CHECK_FAILS_OPEN))));
        emulator.webhooks().answer(GIFT_CHECK, Answer.none());
        ok(sendTheRecordedGift());
        assertEquals(1, giftsSent());
    }

    @Test
    void withoutTheCheckSwitchedOnTheAppIsNotAsked() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), "Live.CallbackAfterCreateRoom");
        emulator.webhooks().answer(GIFT_CHECK, Answer.json(verdict(1, "")));
        ok(sendTheRecordedGift());
        assertTrue(emulator.webhooks().poll(GIFT_CHECK, Duration.ZERO).isEmpty());
    }

    // ---- messages -------------------------------------------------------------------------------------

    private static Reply sendTheRecordedText() {
        return http.call(SEND_TEXT_MSG, RecordedRequests.of(SEND_TEXT_MSG));
    }

    private static String messageRoom() {
        return RecordedRequests.of(SEND_TEXT_MSG).path("RoomId").asText();
    }

    private static List<String> textsIn(String roomId) {
        return emulator.control().roomMessages(roomId).stream().map(message -> message.text()).toList();
    }

    @Test
    void aMessageIsAskedAboutThenDeliveredAndReported() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK, "Group.CallbackAfterSendMsg");
        JsonNode sent = ok(sendTheRecordedText()).json();
        JsonNode asked = emulator.webhooks().take(MESSAGE_CHECK).body();
        assertEquals(messageRoom(), asked.path("GroupId").asText());
        assertEquals("TIMTextElem", asked.at("/MsgBody/0/MsgType").asText());
        JsonNode reported = emulator.webhooks().take("Group.CallbackAfterSendMsg").body();
        assertEquals(sent.at("/Response/MsgSeq").asLong(), reported.path("MsgSeq").asLong());
        assertEquals(List.of(RecordedRequests.of(SEND_TEXT_MSG).path("TextContent").asText()), textsIn(messageRoom()));
    }

    @Test
    void aRejectedMessageIs10016() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK);
        emulator.webhooks().answer(MESSAGE_CHECK, Answer.json(verdict(1, "")));
        fails(ErrorCodes.MESSAGE_REJECTED_BY_WEBHOOK, sendTheRecordedText());
        assertEquals(List.of(), textsIn(messageRoom()));
    }

    @Test
    void aDiscardedMessageLooksSentButIsNot() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK, "Group.CallbackAfterSendMsg");
        emulator.webhooks().answer(MESSAGE_CHECK, Answer.json(verdict(2, "")));
        JsonNode reply = ok(sendTheRecordedText()).json();
        assertEquals("", reply.at("/Response/MsgDropReason").asText(), "the sender sees success");
        assertEquals(List.of(), textsIn(messageRoom()));
        assertTrue(emulator.webhooks().poll("Group.CallbackAfterSendMsg", Duration.ofMillis(200)).isEmpty(),
                "a discarded message is not reported as sent");
    }

    @Test
    void theAppsOwnCodeAndTextReachTheSender() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK);
        emulator.webhooks().answer(MESSAGE_CHECK, Answer.json(verdict(10150, "words not allowed here")));
        Reply reply = fails(10150, sendTheRecordedText());
        assertEquals("words not allowed here", reply.info());
    }

    @Test
    void theAppCanChangeTheMessage() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK);
        emulator.webhooks().answer(MESSAGE_CHECK, Answer.json(json("ActionStatus", "OK", "ErrorInfo", "", "ErrorCode", 0,
                "MsgBody", List.of(json("MsgType", "TIMTextElem", "MsgContent", json("Text", "***"))),
                "CloudCustomData", "{\"checked\":true}").toString()));
        ok(sendTheRecordedText());
        assertEquals(List.of("***"), textsIn(messageRoom()));
        assertEquals("{\"checked\":true}", emulator.control().roomMessages(messageRoom()).get(0).extensionInfo());
    }

    @Test
    void anAppThatDoesNotAnswerLetsTheMessageThrough() {
        AppWebhooks.switchOn(http, emulator.webhooks().url(), MESSAGE_CHECK);
        emulator.webhooks().answer(MESSAGE_CHECK, Answer.none());
        ok(sendTheRecordedText());
        assertEquals(1, textsIn(messageRoom()).size());
    }
}

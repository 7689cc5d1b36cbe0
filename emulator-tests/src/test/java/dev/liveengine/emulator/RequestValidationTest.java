package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.pipeline.RequestPipeline;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routing, query parameters and body validation against the spec, and the shape of every reply. */
class RequestValidationTest {

    private static final Operation ADD_GIFT = SpecExamples.operation("addGift");
    private static final Operation SEND_GIFT = SpecExamples.operation("sendGift");
    private static final Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");

    // body checks come after the rate limit, so add_gift's 1/s must not get in the way here
    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** The room the recorded get_gift_count request reads must exist. */
    @BeforeEach
    void seedWhatTheRecordedRequestNeeds() {
        emulator.control().importState(SpecExamples.recordedFixtures(GET_GIFT_COUNT.operationId()));
    }

    private static ObjectNode gift(String giftId) {
        return RecordedRequests.of(ADD_GIFT).put("GiftId", giftId);
    }

    private static boolean giftStored(String giftId) {
        JsonNode gifts = emulator.control().exportState().at("/Stores/gift/Gifts");
        return StreamSupport.stream(gifts.spliterator(), false).anyMatch(gift -> gift.path("GiftId").asText().equals(giftId));
    }

    // ---- routing and method -----------------------------------------------------------------------

    @Test
    void unknownCommandIs60009() {
        fails(ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, http.call("/v4/" + ADD_GIFT.service() + "/no_such_command", json()));
    }

    @Test
    void unknownServiceIs60009() {
        fails(ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, http.call("/v4/no_such_srv/" + ADD_GIFT.command(), "{}"));
        fails(ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, http.call(ADD_GIFT.path().replace("/v4/", "/v3/"), "{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void aMethodOtherThanPostIs60002(String method) {
        Reply reply = fails(ErrorCodes.HTTP_REQUEST_MALFORMED, http.send(method, GET_GIFT_COUNT.path(), http.query().encoded(),
                method.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(reply.info().contains(method), reply.info());
    }

    // ---- random and contenttype ------------------------------------------------------------------

    @Test
    void missingRandomIs60002() {
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, http.post(GET_GIFT_COUNT, http.query().without("random"), RecordedRequests.of(GET_GIFT_COUNT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967296", "-1", "abc", "1.5", "99999999999999999999999", ""})
    void invalidRandomIs60002(String random) {
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, http.post(GET_GIFT_COUNT, http.query().with("random", random), RecordedRequests.of(GET_GIFT_COUNT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4294967295"})
    void randomAtItsBoundsIsAccepted(String random) {
        ok(http.post(GET_GIFT_COUNT, http.query().with("random", random), RecordedRequests.of(GET_GIFT_COUNT)));
    }

    @Test
    void contentTypeOtherThanJsonIs60002() {
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, http.post(GET_GIFT_COUNT, http.query().with("contenttype", "xml"), RecordedRequests.of(GET_GIFT_COUNT)));
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, http.post(GET_GIFT_COUNT, http.query().without("contenttype"), RecordedRequests.of(GET_GIFT_COUNT)));
    }

    // ---- body: JSON ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"text\"", "42", "null", "{\"RoomId\": ", "{} {}", "{\"RoomId\":\"r\",\"From_Account\":\"u\"} trailing"})
    void aBodyThatIsNotOneJsonObjectIs60003(String body) {
        fails(ErrorCodes.REQUEST_BODY_NOT_JSON, http.call(GET_GIFT_COUNT, body));
    }

    // ---- body: schema ----------------------------------------------------------------------------

    @Test
    void aMissingRequiredFieldIs100002AndNamed() {
        ObjectNode body = RecordedRequests.of(SEND_GIFT);
        body.remove("GiftId");
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(SEND_GIFT, body));
        assertTrue(reply.info().contains("GiftId"), reply.info());
    }

    @Test
    void aFieldOfTheWrongTypeIs100002AndNamed() {
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(ADD_GIFT, gift("rose").put("Coins", "ten")));
        assertTrue(reply.info().contains("Coins"), reply.info());
        assertFalse(giftStored("rose"), "a refused gift must not be stored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+400", "-1E+400"})
    void aNumberBeyondADoublesRangeIs100002EvenWhereAWordIsExpected(String huge) {
        // Language is an enum of words: the validator compares a number with its values as an exact decimal
        Operation getGiftLanguage = SpecExamples.operation("getGiftLanguage");
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(getGiftLanguage, "{\"GiftId\": \"rose\", \"Language\": " + huge + "}"));
        assertTrue(reply.info().contains("Language"), reply.info());
    }

    @Test
    void anUnknownFieldIs100002AndNamed() {
        ObjectNode body = json("RoomId", "room1", "From_account", "alice");
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_GIFT_COUNT, body));
        assertTrue(reply.info().contains("From_account"), reply.info());
    }

    /**
     * The Chat services behind the account commands have their own code for a bad parameter: the
     * profile service 40001, the account service 70402. Live's 100002 is not theirs to answer.
     */
    @Test
    void aFieldOfTheWrongTypeInAChatCommandIsThatServicesOwnCode() {
        Operation accountImport = SpecExamples.operation("accountImport");
        Operation portraitSet = SpecExamples.operation("portraitSet");
        Reply account = fails(ErrorCodes.PARAMETER_MISSING_OR_MALFORMED, http.call(accountImport, RecordedRequests.of(accountImport).put("Nick", 7)));
        assertTrue(account.info().contains("Nick"), account.info());
        ObjectNode noFields = RecordedRequests.of(portraitSet);
        noFields.putArray("ProfileItem");
        fails(ErrorCodes.PROFILE_REQUEST_MALFORMED, http.call(portraitSet, noFields));
    }

    @Test
    void anAccountThatIsNotAStringIs60015() {
        fails(ErrorCodes.ACCOUNT_FIELD_NOT_STRING, http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT).put("From_Account", 12345)));
        ObjectNode send = RecordedRequests.of(SEND_GIFT);
        send.putArray("ReceiverList_Account").add(7);
        fails(ErrorCodes.ACCOUNT_FIELD_NOT_STRING, http.call(SEND_GIFT, send));
    }

    @Test
    void aNumberThatIsNotAnAccountIs100002() {
        fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT).put("RoomId", 12345)));
    }

    @Test
    void byteLimitsCountUtf8Bytes() {
        String sevenCjk = "礼物礼物礼物礼";
        assertEquals(7, sevenCjk.length());
        assertEquals(21, sevenCjk.getBytes(StandardCharsets.UTF_8).length);
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(ADD_GIFT, gift(sevenCjk)));
        assertTrue(reply.info().contains("GiftId") && reply.info().contains("bytes"), reply.info());

        String sixCjk = sevenCjk.substring(0, 6); // 18 bytes, within the 20-byte limit
        ok(http.call(ADD_GIFT, gift(sixCjk)));
        assertTrue(giftStored(sixCjk));
    }

    @Test
    void extensionInfoMustBeJsonText() {
        Reply reply = fails(ErrorCodes.INVALID_PARAMETER, http.call(ADD_GIFT, gift("rose").put("ExtensionInfo", "{bad")));
        assertTrue(reply.info().contains("ExtensionInfo"), reply.info());

        // a JSON value followed by more text is not a JSON text either
        fails(ErrorCodes.INVALID_PARAMETER, http.call(ADD_GIFT, gift("rose").put("ExtensionInfo", "{\"key\": 1} and more")));
        assertFalse(giftStored("rose"), "a refused gift must not be stored");

        ok(http.call(ADD_GIFT, gift("rose").put("ExtensionInfo", "{\"key\": \"value\"}")));
    }

    @Test
    void valuesBelowTheirMinimumAre100002() {
        fails(ErrorCodes.INVALID_PARAMETER, http.call(ADD_GIFT, gift("rose").put("Coins", -1)));
        fails(ErrorCodes.INVALID_PARAMETER, http.call(SEND_GIFT, RecordedRequests.of(SEND_GIFT).put("Count", 0)));
        ObjectNode noReceivers = RecordedRequests.of(SEND_GIFT);
        noReceivers.putArray("ReceiverList_Account");
        fails(ErrorCodes.INVALID_PARAMETER, http.call(SEND_GIFT, noReceivers));
    }

    @Test
    void aBodyOverOneMebibyteGetsAFailEnvelope() {
        String big = "{\"RoomId\":\"room1\",\"From_Account\":\"" + "x".repeat(RequestPipeline.MAX_BODY_BYTES) + "\"}";
        Reply reply = http.call(GET_GIFT_COUNT, big);
        assertEquals("FAIL", reply.actionStatus(), reply.text());
        assertNotEquals(ErrorCodes.LIVE_ENGINE_INTERNAL_ERROR, reply.code(), reply.text());
        // and the emulator still serves the next request
        ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
    }

    // ---- the envelope ----------------------------------------------------------------------------

    @Test
    void everyReplyCarriesADistinctRequestId() {
        List<Reply> replies = new ArrayList<>();
        replies.add(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        replies.add(http.call("/v4/" + ADD_GIFT.service() + "/no_such_command", json()));
        replies.add(http.send("GET", ADD_GIFT.path(), null, null));
        replies.add(http.call(ADD_GIFT, "not json"));
        replies.add(http.call(ADD_GIFT, json("GiftId", "rose")));
        replies.add(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        Set<String> ids = new HashSet<>();
        for (Reply reply : replies) {
            // the shape, HTTP status and Content-Type were already checked by EmulatorHttp
            assertTrue(EmulatorHttp.REQUEST_ID.matcher(reply.requestId()).matches(), reply.requestId());
            ids.add(reply.requestId());
        }
        assertEquals(replies.size(), ids.size(), "RequestIds repeat: " + ids);
    }

    @Test
    void aSuccessfulReplyHasTheDocumentedEnvelope() {
        Reply reply = ok(http.call(GET_GIFT_COUNT, RecordedRequests.of(GET_GIFT_COUNT)));
        assertEquals("OK", reply.actionStatus());
        assertEquals("", reply.info());
        assertEquals(0, reply.code());
    }
}

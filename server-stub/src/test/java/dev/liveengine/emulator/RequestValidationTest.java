package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.giftBody;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static dev.liveengine.emulator.EmulatorHttp.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routing, query parameters and body validation against the spec, and the shape of every reply. */
class RequestValidationTest {

    // body checks come after the rate limit, so add_gift's 1/s must not get in the way here
    @RegisterExtension
    static final EmulatorHttp http = EmulatorHttp.start(b -> b.rateLimits(false));

    private static ObjectNode validSend() {
        return EmulatorHttp.sendBody("room1", "rose", "alice", 1);
    }

    // ---- routing and method -----------------------------------------------------------------------

    @Test
    void unknownCommandIs60009() {
        fails(60009, http.call("no_such_command", json()));
    }

    @Test
    void unknownServiceIs60009() {
        fails(60009, http.send("POST", "/v4/no_such_srv/add_gift", http.query().encoded(), "{}".getBytes(StandardCharsets.UTF_8)));
        fails(60009, http.send("POST", "/v3/" + EmulatorHttp.SERVICE + "/add_gift", http.query().encoded(), "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void aMethodOtherThanPostIs60002(String method) {
        Reply reply = fails(60002, http.send(method, path("get_gift_count"), http.query().encoded(),
                method.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(reply.info().contains(method), reply.info());
    }

    // ---- random and contenttype ------------------------------------------------------------------

    @Test
    void missingRandomIs60002() {
        fails(60002, http.post("get_gift_count", http.query().without("random"), json("RoomId", "r", "From_Account", "u")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967296", "-1", "abc", "1.5", "99999999999999999999999", ""})
    void invalidRandomIs60002(String random) {
        fails(60002, http.post("get_gift_count", http.query().with("random", random), json("RoomId", "r", "From_Account", "u")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4294967295"})
    void randomAtItsBoundsIsAccepted(String random) {
        ok(http.post("get_gift_count", http.query().with("random", random), json("RoomId", "r", "From_Account", "u")));
    }

    @Test
    void contentTypeOtherThanJsonIs60002() {
        fails(60002, http.post("get_gift_count", http.query().with("contenttype", "xml"), json("RoomId", "r", "From_Account", "u")));
        fails(60002, http.post("get_gift_count", http.query().without("contenttype"), json("RoomId", "r", "From_Account", "u")));
    }

    // ---- body: JSON ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"text\"", "42", "null", "{\"RoomId\": ", "{} {}", "{\"RoomId\":\"r\",\"From_Account\":\"u\"} trailing"})
    void aBodyThatIsNotOneJsonObjectIs60003(String body) {
        fails(60003, http.postText("get_gift_count", http.query(), body));
    }

    // ---- body: schema ----------------------------------------------------------------------------

    @Test
    void aMissingRequiredFieldIs100002AndNamed() {
        ObjectNode body = validSend();
        body.remove("GiftId");
        Reply reply = fails(100002, http.call("send_gift", body));
        assertTrue(reply.info().contains("GiftId"), reply.info());
    }

    @Test
    void aFieldOfTheWrongTypeIs100002AndNamed() {
        ObjectNode body = giftBody("rose", 10);
        body.put("Coins", "ten");
        Reply reply = fails(100002, http.call("add_gift", body));
        assertTrue(reply.info().contains("Coins"), reply.info());
        assertTrue(http.emulator.state().gifts().find("rose").isEmpty(), "a refused gift must not be stored");
    }

    @Test
    void anUnknownFieldIs100002AndNamed() {
        ObjectNode body = json("RoomId", "room1", "From_account", "alice");
        Reply reply = fails(100002, http.call("get_gift_count", body));
        assertTrue(reply.info().contains("From_account"), reply.info());
    }

    @Test
    void anAccountThatIsNotAStringIs60015() {
        fails(60015, http.call("get_gift_count", json("RoomId", "room1", "From_Account", 12345)));
        ObjectNode send = validSend();
        send.putArray("ReceiverList_Account").add(7);
        fails(60015, http.call("send_gift", send));
    }

    @Test
    void aNumberThatIsNotAnAccountIs100002() {
        fails(100002, http.call("get_gift_count", json("RoomId", 12345, "From_Account", "alice")));
    }

    @Test
    void byteLimitsCountUtf8Bytes() {
        String sevenCjk = "礼物礼物礼物礼";
        assertEquals(7, sevenCjk.length());
        assertEquals(21, sevenCjk.getBytes(StandardCharsets.UTF_8).length);
        Reply reply = fails(100002, http.call("add_gift", giftBody(sevenCjk, 10)));
        assertTrue(reply.info().contains("GiftId") && reply.info().contains("bytes"), reply.info());

        String sixCjk = sevenCjk.substring(0, 6); // 18 bytes, within the 20-byte limit
        ok(http.call("add_gift", giftBody(sixCjk, 10)));
        assertTrue(http.emulator.state().gifts().find(sixCjk).isPresent());
    }

    @Test
    void extensionInfoMustBeJsonText() {
        ObjectNode bad = giftBody("rose", 10);
        bad.put("ExtensionInfo", "{bad");
        Reply reply = fails(100002, http.call("add_gift", bad));
        assertTrue(reply.info().contains("ExtensionInfo"), reply.info());

        // a JSON value followed by more text is not a JSON text either
        ObjectNode trailing = giftBody("rose", 10);
        trailing.put("ExtensionInfo", "{\"key\": 1} and more");
        fails(100002, http.call("add_gift", trailing));
        assertTrue(http.emulator.state().gifts().find("rose").isEmpty(), "a refused gift must not be stored");

        ObjectNode good = giftBody("rose", 10);
        good.put("ExtensionInfo", "{\"key\": \"value\"}");
        ok(http.call("add_gift", good));
    }

    @Test
    void valuesBelowTheirMinimumAre100002() {
        fails(100002, http.call("add_gift", giftBody("rose", -1)));
        ObjectNode zeroCount = validSend();
        zeroCount.put("Count", 0);
        fails(100002, http.call("send_gift", zeroCount));
        ObjectNode noReceivers = validSend();
        noReceivers.putArray("ReceiverList_Account");
        fails(100002, http.call("send_gift", noReceivers));
    }

    @Test
    void aBodyOverOneMebibyteGetsAFailEnvelope() {
        StringBuilder big = new StringBuilder("{\"RoomId\":\"room1\",\"From_Account\":\"");
        big.append("x".repeat(LiveEngineEmulator.MAX_BODY_BYTES));
        big.append("\"}");
        Reply reply = http.postText("get_gift_count", http.query(), big.toString());
        assertEquals("FAIL", reply.actionStatus(), reply.text());
        assertFalse(reply.code() == 100001, reply.text());
        // and the emulator still serves the next request
        ok(http.giftCount("room1"));
    }

    // ---- the envelope ----------------------------------------------------------------------------

    @Test
    void everyReplyCarriesADistinctRequestId() {
        List<Reply> replies = new ArrayList<>();
        replies.add(http.giftCount("room1"));
        replies.add(http.call("no_such_command", json()));
        replies.add(http.send("GET", path("add_gift"), null, null));
        replies.add(http.postText("add_gift", http.query(), "not json"));
        replies.add(http.call("add_gift", json("GiftId", "rose")));
        replies.add(http.giftCount("room1"));
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
        Reply reply = ok(http.giftCount("room1"));
        assertEquals("OK", reply.actionStatus());
        assertEquals("", reply.info());
        assertEquals(0, reply.code());
    }
}

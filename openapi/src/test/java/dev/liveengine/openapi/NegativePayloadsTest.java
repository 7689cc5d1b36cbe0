package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator rejects payloads the spec forbids, each for the expected reason, and accepts the
 * same payload once the one fault is fixed: proof that it does not simply reject everything.
 * Payloads are written with single quotes for readability. Webhook events and answers are checked
 * the same way, through {@link SpecValidator#webhooks()}.
 */
class NegativePayloadsTest {

    private static final String SEND_GIFT = "sendGift";
    private static final String SEND_GIFT_BODY =
            "{'RoomId':'room_id','GiftId':'gift1','From_Account':'user1','ReceiverList_Account':['user2']}";
    private static final String CREATE_ROOM_BODY =
            "{'RoomInfo':{'RoomId':'live-room','RoomType':'Live','SeatTemplate':'VideoDynamicGrid9Seats'}}";
    private static final String ENVELOPE = "{'ActionStatus':'%s','ErrorInfo':'','ErrorCode':%s,"
            + "'RequestId':'Id-8c9858f01e954611ae2d4c1b1ed7d583-O-Seq-52720'}";

    /** A fault, the problem text it must cause, and its fixed twin. */
    record Case(String name, String expectedProblem, Optional<String> parameter,
            Supplier<List<String>> faulty, Supplier<List<String>> fixed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                request("send_gift RoomId as a number", "RoomId", SEND_GIFT,
                        "{'RoomId':42,'GiftId':'gift1','From_Account':'user1','ReceiverList_Account':['user2']}",
                        SEND_GIFT_BODY),
                request("send_gift without GiftId", "GiftId", SEND_GIFT,
                        "{'RoomId':'room_id','From_Account':'user1','ReceiverList_Account':['user2']}",
                        SEND_GIFT_BODY),
                request("send_gift with the typo From_account", "From_account", SEND_GIFT,
                        "{'RoomId':'room_id','GiftId':'gift1','From_account':'user1','ReceiverList_Account':['user2']}",
                        SEND_GIFT_BODY),
                request("add_gift GiftId of 21 characters", "GiftId", "addGift",
                        "{'GiftId':'" + "g".repeat(21) + "','Coins':10,'DefaultName':'Rose'}",
                        "{'GiftId':'" + "g".repeat(20) + "','Coins':10,'DefaultName':'Rose'}"),
                request("create_room without SeatTemplate", "SeatTemplate", "createRoom",
                        "{'RoomInfo':{'RoomId':'live-room','RoomType':'Live'}}", CREATE_ROOM_BODY),
                request("create_room RoomInfo with the typo RoomID", "RoomID", "createRoom",
                        "{'RoomInfo':{'RoomId':'live-room','RoomID':'x','RoomType':'Live',"
                                + "'SeatTemplate':'VideoDynamicGrid9Seats'}}", CREATE_ROOM_BODY),
                request("set_room_metadata Key of 51 characters", "Key", "setRoomMetadata",
                        "{'RoomId':'live-room','Metadata':[{'Key':'" + "k".repeat(51) + "','Value':'v'}]}",
                        "{'RoomId':'live-room','Metadata':[{'Key':'" + "k".repeat(50) + "','Value':'v'}]}"),
                response("ErrorCode as the string \"0\"", "ErrorCode", SEND_GIFT,
                        String.format(ENVELOPE, "OK", "'0'"), String.format(ENVELOPE, "OK", "0")),
                response("ActionStatus MAYBE", "ActionStatus", SEND_GIFT,
                        String.format(ENVELOPE, "MAYBE", "0"), String.format(ENVELOPE, "OK", "0")),
                response("get_gift_count TotalCount as a string", "TotalCount", "getGiftCount",
                        giftCount("'1'"), giftCount("1")),
                query("random above 2^32-1", "maximum", "random", "4294967296", "4294967295"),
                query("random below zero", "minimum", "random", "-1", "0"),
                query("contenttype xml", "enum", "contenttype", "xml", "json"),
                query("usersig missing", "security.missing", "usersig", null, "not-a-real-usersig"),
                event("webhook event naming another command word", "CallbackCommand", CREATE_ROOM_EVENT,
                        "{'CallbackCommand':'Live.CallbackAfterDestroyRoom','Operator_Account':'admin',"
                                + "'RoomInfo':{'RoomId':'r1'}}", AFTER_CREATE_ROOM_BODY),
                event("webhook event without RoomInfo", "RoomInfo", CREATE_ROOM_EVENT,
                        "{'CallbackCommand':'Live.CallbackAfterCreateRoom','Operator_Account':'admin'}",
                        AFTER_CREATE_ROOM_BODY),
                event("webhook event with an unknown EventCause", "EventCause", "Live.CallbackAfterMemberStateChanged",
                        memberEvent("Jumped"), memberEvent("Kicked")),
                webhookQuery("webhook OptPlatform Linux", "enum", "OptPlatform", "Linux", "Android"),
                webhookQuery("webhook without SdkAppid", "SdkAppid", "SdkAppid", null, "1400000000"),
                webhookQuery("webhook Sign that is not a SHA-256", "pattern", "Sign", "abc",
                        "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"),
                webhookQuery("webhook CallbackCommand of another event", "enum", "CallbackCommand",
                        "Live.CallbackAfterDestroyRoom", CREATE_ROOM_EVENT),
                reply("gift check answer with ErrorCode as a string", "ErrorCode", "Live.CallbackBeforeSendGift",
                        "{'ActionStatus':'OK','ErrorInfo':'','ErrorCode':'1'}",
                        "{'ActionStatus':'OK','ErrorInfo':'','ErrorCode':1}"),
                reply("message check answer with a code beyond 10200", "ErrorCode", "Group.CallbackBeforeSendMsg",
                        "{'ActionStatus':'OK','ErrorInfo':'','ErrorCode':10201}",
                        "{'ActionStatus':'OK','ErrorInfo':'','ErrorCode':10200}"));
    }

    private static final String CREATE_ROOM_EVENT = "Live.CallbackAfterCreateRoom";
    private static final String AFTER_CREATE_ROOM_BODY =
            "{'CallbackCommand':'Live.CallbackAfterCreateRoom','Operator_Account':'admin','RoomInfo':{'RoomId':'r1'}}";

    private static String memberEvent(String cause) {
        return "{'CallbackCommand':'Live.CallbackAfterMemberStateChanged','RoomId':'r1','EventType':'Offline',"
                + "'EventCause':'" + cause + "','MemberList':[{'Member_Account':'user1'}],'EventTime':1703589922780}";
    }

    /** A webhook's event, as the service posts it with the usual query parameters. */
    private static Case event(String name, String expected, String commandWord, String faulty, String fixed) {
        String path = SpecValidator.webhookPath(commandWord);
        return new Case(name, expected, Optional.empty(),
                () -> SpecValidator.webhooks().requestProblems(path, SpecValidator.validWebhookQuery(commandWord), json(faulty)),
                () -> SpecValidator.webhooks().requestProblems(path, SpecValidator.validWebhookQuery(commandWord), json(fixed)));
    }

    /** A valid Live.CallbackAfterCreateRoom event whose query parameter {@code param} is {@code faulty} (null: absent). */
    private static Case webhookQuery(String name, String expected, String param, String faulty, String fixed) {
        String path = SpecValidator.webhookPath(CREATE_ROOM_EVENT);
        return new Case(name, expected, Optional.of(param),
                () -> SpecValidator.webhooks().requestProblems(path, webhookQueryWith(param, faulty), json(AFTER_CREATE_ROOM_BODY)),
                () -> SpecValidator.webhooks().requestProblems(path, webhookQueryWith(param, fixed), json(AFTER_CREATE_ROOM_BODY)));
    }

    /** Your server's answer to a webhook. */
    private static Case reply(String name, String expected, String commandWord, String faulty, String fixed) {
        String path = SpecValidator.webhookPath(commandWord);
        return new Case(name, expected, Optional.empty(),
                () -> SpecValidator.webhooks().responseProblems(path, json(faulty)),
                () -> SpecValidator.webhooks().responseProblems(path, json(fixed)));
    }

    private static Map<String, String> webhookQueryWith(String param, String value) {
        Map<String, String> query = SpecValidator.validWebhookQuery(CREATE_ROOM_EVENT);
        if (value == null) {
            query.remove(param);
        } else {
            query.put(param, value);
        }
        return query;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void faultIsRejectedAndItsFixIsAccepted(Case c) {
        List<String> problems = c.faulty().get();
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(c.expectedProblem())),
                () -> "expected a problem mentioning " + c.expectedProblem() + ", got " + problems);
        c.parameter().ifPresent(parameter -> assertTrue(
                problems.stream().anyMatch(problem -> problem.contains("'" + parameter + "'")),
                () -> "expected a problem naming the parameter " + parameter + ", got " + problems));
        assertEquals(List.of(), c.fixed().get(), "the fixed twin must pass");
    }

    private static Case request(String name, String expected, String operationId, String faulty, String fixed) {
        String path = SpecExamples.operation(operationId).path();
        return new Case(name, expected, Optional.empty(),
                () -> validator().requestProblems(path, SpecValidator.validCommonQuery(), json(faulty)),
                () -> validator().requestProblems(path, SpecValidator.validCommonQuery(), json(fixed)));
    }

    private static Case response(String name, String expected, String operationId, String faulty, String fixed) {
        String path = SpecExamples.operation(operationId).path();
        return new Case(name, expected, Optional.empty(),
                () -> validator().responseProblems(path, json(faulty)),
                () -> validator().responseProblems(path, json(fixed)));
    }

    /** A valid send_gift call whose query parameter {@code param} is {@code faulty} (null: absent). */
    private static Case query(String name, String expected, String param, String faulty, String fixed) {
        String path = SpecExamples.operation(SEND_GIFT).path();
        return new Case(name, expected, Optional.of(param),
                () -> validator().requestProblems(path, queryWith(param, faulty), json(SEND_GIFT_BODY)),
                () -> validator().requestProblems(path, queryWith(param, fixed), json(SEND_GIFT_BODY)));
    }

    private static Map<String, String> queryWith(String param, String value) {
        Map<String, String> query = SpecValidator.validCommonQuery();
        if (value == null) {
            query.remove(param);
        } else {
            query.put(param, value);
        }
        return query;
    }

    private static String giftCount(String totalCount) {
        return "{'ActionStatus':'OK','ErrorInfo':'','ErrorCode':0,"
                + "'RequestId':'Id-8c9858f01e954611ae2d4c1b1ed7d583-O-Seq-52720',"
                + "'Response':{'Sequence':1,'TotalCount':" + totalCount + ",'TotalCoins':1,'GiftSenderCount':1}}";
    }

    private static SpecValidator validator() {
        return SpecValidator.bundled();
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}

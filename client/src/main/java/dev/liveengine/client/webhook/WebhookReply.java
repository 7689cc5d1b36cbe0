package dev.liveengine.client.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON bodies a receiver answers a webhook with (HTTP 200, {@code application/json}). An "After"
 * callback only needs {@link #allow()}; the "Before" callbacks decide with their {@code ErrorCode}:
 * {@code Live.CallbackBeforeSendGift} allows with 0, rejects with 1 and passes a code in
 * [102100, 102200] to the sender; {@code Group.CallbackBeforeSendMsg} also discards silently with 2
 * and passes a code in [10100, 10200].
 */
public final class WebhookReply {

    /** Codes a receiver may pass through to the sender of a gift, and of a message. */
    public static final int GIFT_CODES_FROM = 102100;
    public static final int GIFT_CODES_TO = 102200;
    public static final int MESSAGE_CODES_FROM = 10100;
    public static final int MESSAGE_CODES_TO = 10200;

    private WebhookReply() {
    }

    /** Go on (or, for an "After" callback, received). */
    public static String allow() {
        return envelope(0, "").toString();
    }

    /** Refuse the gift or message; its sender gets the service's own refusal code. */
    public static String reject() {
        return envelope(1, "").toString();
    }

    /** Drop the message without telling its sender, who sees it sent ({@code Group.CallbackBeforeSendMsg} only). */
    public static String discardMessage() {
        return envelope(2, "").toString();
    }

    /** Refuse with the app's own code and text, which the sender gets as they are. */
    public static String refuseGift(int code, String info) {
        return envelope(inRange(code, GIFT_CODES_FROM, GIFT_CODES_TO), info).toString();
    }

    /** Refuse with the app's own code and text, which the sender gets as they are. */
    public static String refuseMessage(int code, String info) {
        return envelope(inRange(code, MESSAGE_CODES_FROM, MESSAGE_CODES_TO), info).toString();
    }

    /**
     * Let the message through with a new body ({@code MsgBody}, the Chat message elements) and, if not
     * null, new {@code CloudCustomData} ({@code Group.CallbackBeforeSendMsg} only).
     */
    public static String replaceMessage(com.fasterxml.jackson.databind.JsonNode msgBody, String cloudCustomData) {
        ObjectNode reply = envelope(0, "");
        reply.set("MsgBody", msgBody);
        if (cloudCustomData != null) {
            reply.put("CloudCustomData", cloudCustomData);
        }
        return reply.toString();
    }

    private static int inRange(int code, int from, int to) {
        if (code < from || code > to) {
            throw new IllegalArgumentException("the code must be in [" + from + ", " + to + "]; " + code + " is not");
        }
        return code;
    }

    private static ObjectNode envelope(int code, String info) {
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.put("ActionStatus", "OK");
        reply.put("ErrorInfo", info == null ? "" : info);
        reply.put("ErrorCode", code);
        return reply;
    }
}

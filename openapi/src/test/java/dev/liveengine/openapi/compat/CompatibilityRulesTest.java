package dev.liveengine.openapi.compat;

import dev.liveengine.openapi.SpecFiles;
import static dev.liveengine.openapi.compat.MutableBundle.SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link CompatibilityChecker} catches a deliberately broken copy of the current bundle,
 * and compatible edits pass. Webhooks (13 to 18) run the other way: what the service sends (the
 * event and its query parameters) follows the response rules, the app's answer the request rules. Most cases change only the candidate; a few also prepare the baseline,
 * to set up a "before" that the current bundle does not have (an optional query parameter, say).
 */
class CompatibilityRulesTest {

    private static final String SEND_GIFT = "POST " + SERVICE + "send_gift";
    private static final String RESUME_MCU_TASK = "POST " + SERVICE + "resume_mcu_task";
    private static final String GET_GIFT_COUNT = "POST " + SERVICE + "get_gift_count";
    private static final String JAKARTA = "https://adminapiidn.im.qcloud.com";
    private static final String CREATE_ROOM_HOOK = "webhook Live.CallbackAfterCreateRoom";

    private static final Consumer<MutableBundle> AS_IS = bundle -> { };

    @TempDir
    Path dir;

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                breaks("1 operation removed", "operation-removed:" + SEND_GIFT,
                        b -> b.paths().remove(SERVICE + "send_gift")),
                breaks("2 operationId renamed", "operation-id-changed:" + SEND_GIFT,
                        b -> b.operation("send_gift").put("operationId", "giveGift")),
                breaks("3 optional request field made required", "request-field-required:SendGiftRequest.Count",
                        b -> b.required("SendGiftRequest").add("Count")),
                breaks("3 new required request field", "request-field-required:SendGiftRequest.Message",
                        b -> {
                            b.schema("SendGiftRequest").with("properties").putObject("Message").put("type", "string");
                            b.required("SendGiftRequest").add("Message");
                        }),
                breaks("3 request body made required", "request-body-required:" + RESUME_MCU_TASK,
                        b -> b.operation("resume_mcu_task").with("requestBody").put("required", false), AS_IS),
                breaks("4 response field removed", "response-field-removed:GiftCount.TotalCount",
                        b -> {
                            b.schema("GiftCount").with("properties").remove("TotalCount");
                            MutableBundle.removeText(b.required("GiftCount"), "TotalCount");
                        }),
                breaks("4 optional response field removed", "response-field-removed:GiftCount.Sequence",
                        b -> b.schema("GiftCount").with("properties").remove("Sequence")),
                breaks("4 response field removed from an allOf member",
                        "response-field-removed:GetGiftCountResponse.Response",
                        b -> ((ObjectNode) b.schema("GetGiftCountResponse").get("allOf").get(1).get("properties"))
                                .remove("Response")),
                breaks("5 response field format changed", "response-field-retyped:GiftCount.TotalCoins",
                        b -> b.property("GiftCount", "TotalCoins").put("format", "int32")),
                breaks("5 response field type changed", "response-field-retyped:GiftCount.TotalCoins",
                        b -> b.property("GiftCount", "TotalCoins").put("type", "string").put("example", "1")
                                .without(List.of("format", "minimum"))),
                breaks("5 request field format narrowed", "request-field-retyped:AddGiftRequest.Coins",
                        b -> b.property("AddGiftRequest", "Coins").put("format", "int32")),
                breaks("6 enum value removed from a response schema", "enum-value-removed:ActionStatus FAIL",
                        b -> MutableBundle.removeText((ArrayNode) b.schema("ActionStatus").get("enum"), "FAIL")),
                breaks("6 enum value removed from a parameter schema", "enum-value-removed:ContentType json",
                        b -> {
                            ObjectNode contentType = b.schema("ContentType").put("default", "text");
                            contentType.putArray("enum").add("text");
                        }),
                breaks("7 maxLength lowered", "constraint-tightened:RoomId maxLength",
                        b -> b.schema("RoomId").put("maxLength", 40)),
                breaks("7 x-max-bytes lowered", "constraint-tightened:RoomId x-max-bytes",
                        b -> b.schema("RoomId").put("x-max-bytes", 40)),
                breaks("7 minLength raised", "constraint-tightened:GiftId minLength",
                        b -> b.schema("GiftId").put("minLength", 2)),
                breaks("7 pattern added", "constraint-tightened:GiftId pattern",
                        b -> b.schema("GiftId").put("pattern", "^[a-z0-9_]+$")),
                breaks("7 parameter minimum raised", "constraint-tightened:query.random minimum",
                        b -> b.parameter("Random").with("schema").put("minimum", 1)),
                breaks("7 parameter maximum lowered", "constraint-tightened:query.random maximum",
                        b -> b.parameter("Random").with("schema").put("maximum", 65535)),
                breaks("7 maximum added", "constraint-tightened:AddGiftRequest.Level maximum",
                        b -> b.property("AddGiftRequest", "Level").put("maximum", 100)),
                breaks("7 maxItems added", "constraint-tightened:SendGiftRequest.ReceiverList_Account maxItems",
                        b -> b.property("SendGiftRequest", "ReceiverList_Account").put("maxItems", 10)),
                breaks("7 additionalProperties turned false",
                        "constraint-tightened:ResumeMcuTaskRequest additionalProperties",
                        b -> b.schema("ResumeMcuTaskRequest").remove("additionalProperties"), AS_IS),
                breaks("8 required query parameter added", "query-parameter-required:" + SEND_GIFT + " trace",
                        b -> addTraceParameter(b, true)),
                breaks("8 optional query parameter made required", "query-parameter-required:" + SEND_GIFT + " trace",
                        b -> addTraceParameter(b, false), b -> addTraceParameter(b, true)),
                breaks("9 server removed", "server-removed:" + JAKARTA, b -> b.removeServer(JAKARTA)),
                breaks("10 response field no longer required", "response-field-optional:GiftCount.TotalCoins",
                        b -> MutableBundle.removeText(b.required("GiftCount"), "TotalCoins")),
                breaks("10 envelope field no longer required", "response-field-optional:BaseResponse.ErrorCode",
                        b -> MutableBundle.removeText(b.required("BaseResponse"), "ErrorCode")),
                breaks("11 response minimum dropped", "response-constraint-loosened:GiftCount.TotalCount minimum",
                        b -> b.property("GiftCount", "TotalCount").remove("minimum")),
                breaks("11 constraint loosened on a schema replies use too", "response-constraint-loosened:RoomId maxLength",
                        b -> b.schema("RoomId").put("maxLength", 64).put("x-max-bytes", 64)),
                breaks("11 response enum dropped", "response-constraint-loosened:ActionStatus enum",
                        b -> b.schema("ActionStatus").remove("enum")),
                breaks("11 response enum value added", "response-enum-value-added:ActionStatus PENDING",
                        b -> ((ArrayNode) b.schema("ActionStatus").get("enum")).add("PENDING")),
                breaks("12 request field removed from a closed schema", "request-field-removed:SendGiftRequest.Count",
                        b -> b.schema("SendGiftRequest").with("properties").remove("Count")),
                breaks("13 webhook removed", "webhook-removed:" + CREATE_ROOM_HOOK,
                        b -> b.webhooks().remove("Live.CallbackAfterCreateRoom")),
                breaks("13 webhook operationId renamed", "webhook-operation-id-changed:" + CREATE_ROOM_HOOK,
                        b -> b.webhook("Live.CallbackAfterCreateRoom").put("operationId", "roomCreated")),
                breaks("14 event field removed", "response-field-removed:AfterChangeOwnerEvent.OriginalOwner_Account",
                        b -> {
                            b.schema("AfterChangeOwnerEvent").with("properties").remove("OriginalOwner_Account");
                            MutableBundle.removeText(b.required("AfterChangeOwnerEvent"), "OriginalOwner_Account");
                        }),
                breaks("14 optional event field removed", "response-field-removed:AfterCreateRoomEvent.EventTime",
                        b -> b.schema("AfterCreateRoomEvent").with("properties").remove("EventTime")),
                breaks("14 event field no longer required", "response-field-optional:AfterEndBattleEvent.OpType",
                        b -> MutableBundle.removeText(b.required("AfterEndBattleEvent"), "OpType")),
                breaks("15 event field retyped", "response-field-retyped:AfterCreateRoomReachingThresholdEvent.CurRoomCount",
                        b -> b.property("AfterCreateRoomReachingThresholdEvent", "CurRoomCount").put("type", "string")
                                .put("example", "400").without(List.of("format", "minimum"))),
                breaks("15 event field narrowed", "response-field-retyped:AfterCreateBattleEvent.Timeout",
                        b -> b.property("AfterCreateBattleEvent", "Timeout").put("format", "int64")),
                breaks("16 event enum value added", "response-enum-value-added:AfterDestroyRoomEvent.EventType DestroyByAdmin",
                        b -> ((ArrayNode) b.property("AfterDestroyRoomEvent", "EventType").get("enum")).add("DestroyByAdmin")),
                breaks("16 webhook query parameter enum value added", "response-enum-value-added:query.OptPlatform Linux",
                        b -> ((ArrayNode) b.parameter("WebhookOptPlatform").with("schema").get("enum")).add("Linux")),
                breaks("17 webhook query parameter made optional",
                        "webhook-parameter-optional:" + CREATE_ROOM_HOOK + " CallbackCommand",
                        b -> ((ObjectNode) b.webhook("Live.CallbackAfterCreateRoom").get("parameters").get(1))
                                .put("required", false)),
                breaks("17 webhook query parameter removed", "webhook-parameter-removed:" + CREATE_ROOM_HOOK + " SdkAppid",
                        b -> ((ArrayNode) b.webhook("Live.CallbackAfterCreateRoom").get("parameters")).remove(0)),
                breaks("18 new required field in the webhook answer", "request-field-required:WebhookReply.Note",
                        b -> {
                            b.schema("WebhookReply").with("properties").putObject("Note").put("type", "string");
                            b.required("WebhookReply").add("Note");
                        }),
                breaks("18 webhook answer constraint tightened", "constraint-tightened:BeforeSendGiftReply.ErrorCode maximum",
                        b -> b.property("BeforeSendGiftReply", "ErrorCode").put("maximum", 102150)),
                breaks("openapi-diff: stricter request body", "openapi-diff-request-body:" + SEND_GIFT,
                        b -> b.required("SendGiftRequest").add("Count")),
                breaks("openapi-diff: stricter parameter", "openapi-diff-parameters:" + SEND_GIFT,
                        b -> b.parameter("Random").with("schema").put("minimum", 1)),
                breaks("openapi-diff: required response field removed", "openapi-diff-responses:" + GET_GIFT_COUNT,
                        b -> {
                            b.schema("GiftCount").with("properties").remove("TotalCount");
                            MutableBundle.removeText(b.required("GiftCount"), "TotalCount");
                        }));
    }

    static Stream<Arguments> compatibleChanges() {
        return Stream.of(
                arguments("an optional request field added",
                        mutation(b -> b.schema("SendGiftRequest").with("properties").putObject("Note")
                                .put("type", "string").put("maxLength", 64))),
                arguments("a request field made optional",
                        mutation(b -> MutableBundle.removeText(b.required("SendGiftRequest"), "GiftId"))),
                arguments("an operation added", mutation(b -> {
                    ObjectNode copy = b.paths().get(SERVICE + "send_gift").deepCopy();
                    ((ObjectNode) copy.get("post")).put("operationId", "sendGiftAgain");
                    b.paths().set(SERVICE + "send_gift_again", copy);
                })),
                arguments("BanMemberRequest.Reason, which only requests use, loosened from 200 to 300",
                        mutation(b -> b.property("BanMemberRequest", "Reason")
                                .put("maxLength", 300).put("x-max-bytes", 300))),
                arguments("a request minimum lowered",
                        mutation(b -> b.property("SendGiftRequest", "Count").put("minimum", 0))),
                arguments("a server added", mutation(b -> b.servers().addObject()
                        .put("url", "https://adminapiger.im.qcloud.com").put("description", "Frankfurt"))),
                arguments("an optional response field added",
                        mutation(b -> b.schema("GiftCount").with("properties").putObject("GiftKinds")
                                .put("type", "integer").put("format", "int64"))),
                arguments("an optional query parameter added", mutation(b -> addTraceParameter(b, false))),
                arguments("an optional event field added", mutation(b -> b.schema("AfterCreateRoomEvent")
                        .with("properties").putObject("Source").put("type", "string").put("description", "Where."))),
                arguments("an optional query parameter added to a webhook", mutation(b ->
                        ((ArrayNode) b.webhook("Live.CallbackAfterCreateRoom").get("parameters")).addObject()
                                .put("name", "Trace").put("in", "query").put("required", false)
                                .putObject("schema").put("type", "string"))),
                arguments("a webhook answer loosened", mutation(b -> MutableBundle.removeText(
                        b.required("WebhookReply"), "ErrorInfo"))),
                arguments("a webhook added", mutation(b -> {
                    ObjectNode copy = b.webhooks().get("Live.CallbackAfterCreateRoom").deepCopy();
                    ((ObjectNode) copy.get("post")).put("operationId", "liveCallbackAfterCreateRoomAgain");
                    b.webhooks().set("Live.CallbackAfterCreateRoomAgain", copy);
                })),
                arguments("descriptions and examples edited", mutation(b -> {
                    b.operation("send_gift").put("summary", "Send a gift to one or more users");
                    b.schema("RoomId").put("description", "The room.").put("example", "room42");
                })));
    }

    @Test
    void theUnmodifiedBundleHasNoBreakingChange() {
        Path bundle = SpecFiles.builtBundle();
        assertEquals(List.of(), CompatibilityChecker.check(bundle, bundle));
        Path copy = MutableBundle.current().writeTo(dir.resolve("copy.yaml"));
        assertEquals(List.of(), CompatibilityChecker.check(bundle, copy), "a re-serialised copy must compare equal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void aBreakingChangeIsReported(String name, String expectedKey, Consumer<MutableBundle> baseline,
                                   Consumer<MutableBundle> candidate) {
        List<BreakingChange> found = compare(baseline, candidate);
        assertTrue(found.stream().anyMatch(change -> change.key().equals(expectedKey)),
                () -> "expected " + expectedKey + " among " + found);
        found.forEach(change -> assertFalse(change.description().isBlank(), () -> change.key() + " has no description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compatibleChanges")
    void aCompatibleChangeIsNotReported(String name, Consumer<MutableBundle> candidate) {
        List<BreakingChange> found = compare(AS_IS, candidate);
        assertEquals(List.of(), found, () -> name + " was reported as breaking:\n" + found.stream()
                .map(BreakingChange::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theCheckerKnowsWhichSpecCameFirst() {
        Consumer<MutableBundle> looser = b -> b.property("BanMemberRequest", "Reason").put("maxLength", 300);
        assertEquals(List.of(), compare(AS_IS, looser));
        assertTrue(compare(looser, AS_IS).stream()
                .anyMatch(change -> change.key().equals("constraint-tightened:BanMemberRequest.Reason maxLength")));
    }

    private List<BreakingChange> compare(Consumer<MutableBundle> baseline, Consumer<MutableBundle> candidate) {
        // JSON copies: the same trees, read in a fraction of the time YAML takes
        return CompatibilityChecker.check(write("baseline.json", baseline), write("candidate.json", candidate));
    }

    private Path write(String file, Consumer<MutableBundle> mutation) {
        MutableBundle bundle = MutableBundle.current();
        mutation.accept(bundle);
        return bundle.writeTo(dir.resolve(file));
    }

    private static void addTraceParameter(MutableBundle bundle, boolean required) {
        ObjectNode trace = ((ArrayNode) bundle.operation("send_gift").get("parameters")).addObject();
        trace.put("name", "trace").put("in", "query").put("required", required);
        trace.putObject("schema").put("type", "string");
    }

    private static Arguments breaks(String name, String key, Consumer<MutableBundle> candidate) {
        return breaks(name, key, AS_IS, candidate);
    }

    private static Arguments breaks(String name, String key, Consumer<MutableBundle> baseline,
                                    Consumer<MutableBundle> candidate) {
        return arguments(name, key, baseline, candidate);
    }

    /** Names the lambda's type, so that arguments() gets a Consumer rather than an Object. */
    private static Consumer<MutableBundle> mutation(Consumer<MutableBundle> change) {
        return change;
    }
}

package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.BodyBuilder;
import au.com.dius.pact.core.model.matchingrules.EqualsMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a reply must match its reply example in the pact. {@code ActionStatus} and {@code ErrorCode}
 * are exact, since they are what a client acts on; {@code RequestId} follows the service's pattern;
 * every other field is matched by type, as {@link ExampleRules} says.
 *
 * <p>A FAIL reply is held to its envelope only ({@code ActionStatus}, {@code ErrorCode},
 * {@code ErrorInfo}, {@code RequestId}): that is all a client reads of a failure (it becomes an
 * exception with that code), and the command's own fields are documented as usually absent then.
 *
 * <p>The body of the interaction is the reply example itself ({@link ExampleRules#body}): the mock
 * server answers it, so the client's result can be compared with the example exactly.
 */
final class ReplyRules {

    private static final Pattern REQUEST_ID = Pattern.compile(Participants.REQUEST_ID);

    private ReplyRules() {
    }

    private static final Set<String> ENVELOPE = Set.of("ActionStatus", "ErrorCode", "ErrorInfo", "RequestId");

    /** The reply example of the operation at {@code path} as a Pact body with its matching rules. */
    static BodyBuilder body(String path, JsonNode example) {
        JsonNode reply = expectedReply(example);
        SpecSchema schema = SpecSchema.reply(path);
        MatchingRuleCategory rules = new MatchingRuleCategory("body", new LinkedHashMap<>());
        reply.properties().forEach(field -> {
            String at = "$." + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "ActionStatus", "ErrorCode" -> ExampleRules.add(rules, at, EqualsMatcher.INSTANCE);
                case "RequestId" -> requestId(rules, at, value, schema.property(field.getKey()));
                default -> ExampleRules.byType(rules, at, value, schema.property(field.getKey()));
            }
        });
        return ExampleRules.body(reply, rules);
    }

    /** What the pact holds of a reply example: the example, or only its envelope for a FAIL. */
    static JsonNode expectedReply(JsonNode example) {
        return "FAIL".equals(example.path("ActionStatus").asText()) ? envelopeOf(example) : example;
    }

    private static JsonNode envelopeOf(JsonNode example) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        example.properties().stream().filter(field -> ENVELOPE.contains(field.getKey()))
                .forEach(field -> envelope.set(field.getKey(), field.getValue()));
        return envelope;
    }

    /**
     * The service's pattern, unless the example itself does not follow it (one doc sample, ERRATA
     * M32): a rule its own example breaks would make a false pact, so that one is matched by type,
     * which is all the spec says of a RequestId.
     */
    private static void requestId(MatchingRuleCategory rules, String path, JsonNode value, SpecSchema schema) {
        if (REQUEST_ID.matcher(value.asText()).matches()) {
            ExampleRules.add(rules, path, new RegexMatcher(Participants.REQUEST_ID, value.asText()));
        } else {
            ExampleRules.byType(rules, path, value, schema);
        }
    }
}

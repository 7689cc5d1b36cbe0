package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.BodyBuilder;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.matchingrules.EqualsMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRule;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.NumberTypeMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a reply must match its reply example in the pact. {@code ActionStatus} and {@code ErrorCode}
 * are exact, since they are what a client acts on; {@code RequestId} follows the service's pattern;
 * every other field is matched by type: its value is only an example, its name and type are the
 * contract. A non-empty array is "at least one element, each like the first" (the elements of a
 * list share one shape, and the provider must show at least one for that shape to be verified); an
 * empty array and a null are exact, since there is no type to match them by.
 *
 * <p>A FAIL reply is held to its envelope only ({@code ActionStatus}, {@code ErrorCode},
 * {@code ErrorInfo}, {@code RequestId}): that is all a client reads of a failure (it becomes an
 * exception with that code), and the command's own fields are documented as usually absent then.
 *
 * <p>The body of the interaction is the reply example itself, every element of every array as the
 * example has it, not one element repeated as Pact's {@code minArrayLike} would write it: the mock
 * server answers it, so the client's result can be compared with the example exactly, and the pact
 * shows which reply example it holds.
 */
final class ReplyRules {

    private static final Pattern REQUEST_ID = Pattern.compile(Participants.REQUEST_ID);

    private ReplyRules() {
    }

    private static final Set<String> ENVELOPE = Set.of("ActionStatus", "ErrorCode", "ErrorInfo", "RequestId");

    /** The reply example as a Pact body with its matching rules. */
    static BodyBuilder body(JsonNode example) {
        JsonNode reply = expectedReply(example);
        MatchingRuleCategory rules = new MatchingRuleCategory("body", new LinkedHashMap<>());
        reply.properties().forEach(field -> {
            String path = "$." + field.getKey();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "ActionStatus", "ErrorCode" -> add(rules, path, EqualsMatcher.INSTANCE);
                case "RequestId" -> requestId(rules, path, value);
                default -> byType(rules, path, value);
            }
        });
        return new ExampleBody(reply, rules);
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
    private static void requestId(MatchingRuleCategory rules, String path, JsonNode value) {
        if (REQUEST_ID.matcher(value.asText()).matches()) {
            add(rules, path, new RegexMatcher(Participants.REQUEST_ID, value.asText()));
        } else {
            byType(rules, path, value);
        }
    }

    private static void byType(MatchingRuleCategory rules, String path, JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT -> value.properties().forEach(field -> byType(rules, path + "." + field.getKey(), field.getValue()));
            case ARRAY -> {
                if (value.isEmpty()) {
                    add(rules, path, EqualsMatcher.INSTANCE);
                } else {
                    add(rules, path, new MinTypeMatcher(1));
                    byType(rules, path + "[*]", value.get(0));
                }
            }
            case STRING, BOOLEAN -> add(rules, path, TypeMatcher.INSTANCE);
            case NUMBER -> add(rules, path, new NumberTypeMatcher(value.isIntegralNumber()
                    ? NumberTypeMatcher.NumberType.INTEGER : NumberTypeMatcher.NumberType.DECIMAL));
            case NULL -> add(rules, path, EqualsMatcher.INSTANCE);
            default -> throw new IllegalArgumentException(value.getNodeType() + " at " + path + " is not JSON");
        }
    }

    private static void add(MatchingRuleCategory rules, String path, MatchingRule rule) {
        rules.addRule(path, rule, RuleLogic.AND);
    }

    /** A JSON body that is exactly {@code example}, with {@code rules}. */
    private record ExampleBody(JsonNode example, MatchingRuleCategory rules) implements BodyBuilder {

        @Override
        public MatchingRuleCategory getMatchers() {
            return rules;
        }

        @Override
        public Generators getGenerators() {
            return new Generators();
        }

        @Override
        public ContentType getContentType() {
            return ContentType.getJSON();
        }

        @Override
        public byte[] buildBody() {
            return example.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}

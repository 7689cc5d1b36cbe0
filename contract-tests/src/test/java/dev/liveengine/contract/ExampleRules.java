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
import java.nio.charset.StandardCharsets;

/**
 * How a payload of the pact must match the spec example it was written from, for the replies of
 * {@link ReplyRules} and the webhook events of {@link WebhookMessages} alike: by type. A value's
 * name and type are the contract, the value itself only an example. A non-empty array is "at least
 * one element, each like the first" (the elements of a list share one shape, and the provider must
 * show at least one for that shape to be verified); an empty array and a null are exact, since
 * there is no type to match them by.
 *
 * <p>The type is the spec's, not the example's, where the two differ: a value whose schema allows
 * more than one JSON type ({@link SpecSchema#hasOneType()}; the webhook fields printed as numbers
 * that are meant as strings, say) only has to be there, whatever its type, or the pact would demand
 * of the provider what the spec leaves open.
 *
 * <p>The body is the example itself, every element of every array as the example has it, not one
 * element repeated as Pact's {@code minArrayLike} would write it: the consumer test gets exactly
 * the example, so its result can be compared with the example, and the pact shows which example it holds.
 */
final class ExampleRules {

    /** Any value that is there: what a value of several possible types is held to. */
    static final String ANY_VALUE = "(?s).*";

    private ExampleRules() {
    }

    /** Adds the rules for {@code value}, found at {@code path} of the payload where the spec's {@code schema} applies. */
    static void byType(MatchingRuleCategory rules, String path, JsonNode value, SpecSchema schema) {
        switch (value.getNodeType()) {
            case OBJECT -> value.properties().forEach(field ->
                    byType(rules, path + "." + field.getKey(), field.getValue(), schema.property(field.getKey())));
            case ARRAY -> {
                if (value.isEmpty()) {
                    add(rules, path, EqualsMatcher.INSTANCE);
                } else {
                    add(rules, path, new MinTypeMatcher(1));
                    byType(rules, path + "[*]", value.get(0), schema.items());
                }
            }
            case STRING, BOOLEAN, NUMBER -> add(rules, path, schema.hasOneType() ? scalarType(value) : new RegexMatcher(ANY_VALUE));
            case NULL -> add(rules, path, EqualsMatcher.INSTANCE);
            default -> throw new IllegalArgumentException(value.getNodeType() + " at " + path + " is not JSON");
        }
    }

    private static MatchingRule scalarType(JsonNode value) {
        if (value.isNumber()) {
            return new NumberTypeMatcher(value.isIntegralNumber()
                    ? NumberTypeMatcher.NumberType.INTEGER : NumberTypeMatcher.NumberType.DECIMAL);
        }
        return TypeMatcher.INSTANCE;
    }

    static void add(MatchingRuleCategory rules, String path, MatchingRule rule) {
        rules.addRule(path, rule, RuleLogic.AND);
    }

    /** A JSON body that is exactly {@code example}, held to {@code rules}. */
    static BodyBuilder body(JsonNode example, MatchingRuleCategory rules) {
        return new ExampleBody(example, rules);
    }

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

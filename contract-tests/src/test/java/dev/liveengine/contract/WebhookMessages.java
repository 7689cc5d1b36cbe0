package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.EqualsMatcher;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.usersig.WebhookSignature;
import dev.liveengine.usersig.WebhookToken;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link WebhookInteraction} as a Pact asynchronous message. Its contents are what a
 * receiver can count on of the event example ({@link #expectedEvent}), with {@code CallbackCommand}
 * exact (the receiver picks the event's model by it) and every other field by type, as
 * {@link ExampleRules} says. Its metadata are the query parameters of the webhook's URL that a
 * receiver reads: {@code SdkAppid} (a number), {@code CallbackCommand} (exact) and, since the app
 * signs its webhooks, {@code Sign} and {@code RequestTime} matched by shape, with example values that
 * are a true signature of {@link #REQUEST_TIME} with {@link Participants#WEBHOOK_TOKEN}, so that the
 * consumer can check them for real.
 *
 * <p>The URL's {@code contenttype=json} is not among them: Pact reads a metadata key
 * {@code contentType}, in any case, as the message's media type, so the message carries
 * {@code contentType: application/json} instead, which is what {@code json} stands for.
 */
final class WebhookMessages {

    static final String SDK_APP_ID = "SdkAppid";
    static final String CALLBACK_COMMAND = "CallbackCommand";
    static final String SIGN = "Sign";
    static final String REQUEST_TIME_KEY = "RequestTime";
    static final String CONTENT_TYPE = "contentType";
    static final String JSON = "application/json";

    /** The signing time of the example metadata, in Unix seconds (the spec's example of {@code RequestTime}). */
    static final long REQUEST_TIME = 1669872112L;

    private WebhookMessages() {
    }

    static V4Pact pact(PactBuilder builder, WebhookInteraction interaction) {
        return builder
                .given(interaction.providerState(), interaction.providerStateParameters())
                .expectsToReceiveMessageInteraction(WebhookInteraction.DESCRIPTION, message -> message
                        .withContents(contents -> contents
                                // the body first: it sets the contents' matching rules afresh
                                .withContent(ExampleRules.body(expectedEvent(interaction), eventRules(interaction)))
                                .withMetadata(metadata -> metadata
                                        .matchRegex(SDK_APP_ID, "\\d+", String.valueOf(EmulatorSettings.DEFAULT_SDKAPPID))
                                        .add(CALLBACK_COMMAND, interaction.callbackCommand())
                                        .matchRegex(SIGN, "[0-9a-f]{64}",
                                                WebhookSignature.sign(WebhookToken.of(Participants.WEBHOOK_TOKEN), REQUEST_TIME))
                                        .matchRegex(REQUEST_TIME_KEY, "\\d+", String.valueOf(REQUEST_TIME))
                                        .add(CONTENT_TYPE, JSON))))
                .toPact();
    }

    /**
     * The query parameters a message's metadata stand for: every key but Pact's {@code contentType},
     * and {@code contenttype=json} where that is {@code application/json}.
     */
    static Map<String, String> query(Map<String, ?> metadata) {
        Map<String, String> query = metadata.entrySet().stream()
                .filter(entry -> !entry.getKey().equalsIgnoreCase(CONTENT_TYPE))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue()),
                        (a, b) -> a, LinkedHashMap::new));
        metadata.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(CONTENT_TYPE) && JSON.equals(String.valueOf(entry.getValue())))
                .findFirst()
                .ifPresent(entry -> query.put("contenttype", "json"));
        return query;
    }

    /**
     * What the pact holds of an event example: the fields the spec requires, at every level of it.
     * A Pact message cannot make a field optional, and the vendor's samples show every field the
     * event can carry, such as the settings of a new room that its creator did not give
     * ({@code CoverURL}, {@code Category}) or the {@code MsgId} only a client SDK sets; a receiver
     * must do without them, so the pact does not demand them. An object whose schema lists no
     * properties (a message element's free-form {@code MsgContent}) is kept as it is. What the
     * service sends of the optional fields is held to the spec by the provider's check of every
     * delivery against the webhook's schema.
     */
    static JsonNode expectedEvent(WebhookInteraction interaction) {
        return requiredPart(interaction.event().value(), SpecSchema.webhookEvent(interaction.callbackCommand()));
    }

    private static JsonNode requiredPart(JsonNode value, SpecSchema schema) {
        if (value.isObject() && schema.declaresProperties()) {
            Set<String> required = schema.required();
            ObjectNode part = JsonNodeFactory.instance.objectNode();
            value.properties().stream()
                    .filter(field -> required.contains(field.getKey()))
                    .forEach(field -> part.set(field.getKey(), requiredPart(field.getValue(), schema.property(field.getKey()))));
            return part;
        }
        if (value.isArray()) {
            ArrayNode elements = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> elements.add(requiredPart(element, schema.items())));
            return elements;
        }
        return value;
    }

    private static MatchingRuleCategory eventRules(WebhookInteraction interaction) {
        JsonNode event = expectedEvent(interaction);
        SpecSchema schema = SpecSchema.webhookEvent(interaction.callbackCommand());
        MatchingRuleCategory rules = new MatchingRuleCategory("body", new LinkedHashMap<>());
        event.properties().forEach(field -> {
            String path = "$." + field.getKey();
            if (field.getKey().equals(CALLBACK_COMMAND)) {
                ExampleRules.add(rules, path, EqualsMatcher.INSTANCE);
            } else {
                ExampleRules.byType(rules, path, field.getValue(), schema.property(field.getKey()));
            }
        });
        return rules;
    }
}

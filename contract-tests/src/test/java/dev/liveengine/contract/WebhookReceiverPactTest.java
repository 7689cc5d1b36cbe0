package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.webhook.WebhookEvent;
import dev.liveengine.client.webhook.WebhookReceiver;
import dev.liveengine.emulator.EmulatorSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the app's server, reading webhooks with the client's {@link WebhookReceiver}, expects of the
 * service: one message interaction per event example of every webhook of the spec
 * ({@link WebhookInteraction}, written by {@link WebhookMessages}). Each message is fed to a real
 * receiver, holding the app's SDKAppID and signing token at the message's {@code RequestTime}: it
 * must accept the signature and read the event into the model the spec gives its command, losing
 * nothing of it. The pact file is then verified against the emulator's real deliveries
 * ({@code LiveEngineEmulatorWebhooksPactIT}) and the spec ({@code PactsMatchSpecIT}).
 *
 * <p>The class runs once per interaction, as {@code LiveEngineClientPactTest} does; the Pact
 * extension collects the interactions of all runs and writes them to one pact file after the last.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.liveengine.contract.WebhookInteraction#all")
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.WEBHOOK_PROVIDER, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class WebhookReceiverPactTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookInteraction interaction;

    WebhookReceiverPactTest(WebhookInteraction interaction) {
        this.interaction = interaction;
    }

    @Pact(consumer = Participants.WEBHOOK_CONSUMER)
    V4Pact message(PactBuilder builder) {
        return WebhookMessages.pact(builder, interaction);
    }

    @Test
    void receiverReadsTheEventIntoItsModel(V4Interaction.AsynchronousMessage message) throws Exception {
        Map<String, String> query = WebhookMessages.query(message.getContents().getMetadata());
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(query.get(WebhookMessages.REQUEST_TIME_KEY)));
        WebhookReceiver receiver = WebhookReceiver.builder()
                .sdkAppId(EmulatorSettings.DEFAULT_SDKAPPID)
                .token(Participants.WEBHOOK_TOKEN)
                .clock(Clock.fixed(signedAt, ZoneOffset.UTC))
                .build();
        String body = message.getContents().getContents().valueAsString();

        WebhookEvent event = receiver.receive(query, body);

        String model = SpecSchema.webhookEvent(interaction.callbackCommand()).componentName();
        JsonNode read = ClientOperation.tree(event.data());
        assertEquals(interaction.callbackCommand(), event.callbackCommand());
        assertTrue(model.endsWith("Event"), model);
        assertEquals(model, event.data().getClass().getSimpleName(), "the receiver chose another model");
        assertEquals(interaction.callbackCommand(), read.path(WebhookMessages.CALLBACK_COMMAND).asText());
        assertEquals(JSON.readTree(body), read, "the event's model lost or changed part of the event");
    }
}

package dev.liveengine.contract;

import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.CallbackCommand;
import dev.liveengine.client.model.SetCallbackRequest;
import dev.liveengine.client.model.SetCallbackTokenRequest;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.junit5.WebhookInbox;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verifies the webhook pact ({@code WebhookReceiverPactTest}) against what the emulator really
 * sends: for each interaction the event is made to happen in the emulator ({@link WebhookCauses}),
 * the webhook it posts is taken from the extension's {@link WebhookInbox}, and its body and query
 * parameters are the message Pact compares with the interaction. The extension also checks every
 * body the emulator posts against the webhook's schema in the spec and fails the interaction that
 * broke it.
 *
 * <p><b>How an interaction finds its webhook.</b> All of them share one description
 * ({@link WebhookInteraction#DESCRIPTION}), so the one {@link #delivery} method produces every
 * message; each names its webhook in its provider state ({@link WebhookInteraction#providerState()},
 * with the command word as a parameter). Those states are one per webhook, and Pact JVM binds a
 * {@code @State} method to state names given in the annotation, so none is written here: the class
 * is {@link IgnoreMissingStateChange}, and {@link #emulatorDeliversTheWebhook} sets up whichever
 * state the interaction names, after {@link WebhookInteraction#callbackCommandOf} has checked it is
 * one of these states and nothing else.
 */
@Provider(Participants.WEBHOOK_PROVIDER)
@PactFolder("target/pacts")
@IgnoreMissingStateChange
class LiveEngineEmulatorWebhooksPactIT {

    /** The emulator's clock, which the end of a battle needs to be moved. */
    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).roomQuota(WebhookCauses.roomQuotaReachedByTheRecordedCreateRoom()))
            .build();

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(getClass().getPackageName())));
    }

    /**
     * The interaction's provider state: the state in which its webhook's cause succeeds, with the
     * app's webhook address (the inbox) taking that one command, signed with the app's token.
     */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void emulatorDeliversTheWebhook(PactVerificationContext context) {
        String command = WebhookInteraction.callbackCommandOf(context.getInteraction());
        emulator.control().importState(WebhookCauses.of(command).fixtures());
        LiveEngineClient client = emulator.client();
        client.setCallback(new SetCallbackRequest().url(emulator.webhooks().url())
                .callbackCommandList(List.of(CallbackCommand.fromValue(command))));
        client.setCallbackToken(new SetCallbackTokenRequest().token(Participants.WEBHOOK_TOKEN).isTokenEnable(true));
        context.verifyInteraction();
    }

    /** The message of any webhook interaction: the event happens, and what the emulator posts for it is the message. */
    @PactVerifyProvider(WebhookInteraction.DESCRIPTION)
    MessageAndMetadata delivery(V4Interaction.AsynchronousMessage message) throws Exception {
        String command = WebhookInteraction.callbackCommandOf(message);
        WebhookCauses.of(command).happen(emulator, clock);
        WebhookInbox.Received received = emulator.webhooks().take(command);
        return new MessageAndMetadata(received.body().toString().getBytes(StandardCharsets.UTF_8), metadata(received.query()));
    }

    /**
     * The webhook's query parameters as message metadata. {@code contenttype} becomes Pact's
     * {@code contentType} (see {@link WebhookMessages}): {@code application/json} for {@code json},
     * anything else as it is, so that it does not match.
     */
    private static Map<String, Object> metadata(Map<String, String> query) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (name.equalsIgnoreCase(WebhookMessages.CONTENT_TYPE)) {
                metadata.put(WebhookMessages.CONTENT_TYPE, "json".equals(value) ? WebhookMessages.JSON : value);
            } else {
                metadata.put(name, value);
            }
        });
        return metadata;
    }
}

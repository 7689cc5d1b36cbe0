package dev.liveengine.contract;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import dev.liveengine.openapi.testing.SpecExamples;
import java.util.List;
import java.util.Map;

/**
 * One event example of a webhook of the spec, as a message interaction of the webhook pact: the
 * service (the emulator) posts the event, the app's server reads it with the client's
 * {@code WebhookReceiver}. A new webhook, or a new event example, gets its interaction by being in
 * the spec ({@code x-webhooks}).
 *
 * <p><b>Names.</b> Pact JVM's JUnit 5 provider finds the method producing a message by the
 * interaction's description, exactly: one description per webhook would need one
 * {@code @PactVerifyProvider} method per webhook. So every interaction has the one
 * {@link #DESCRIPTION}, and what tells them apart is the provider state, named after the webhook
 * ({@link #providerState()}), with the command word as its parameter {@link #CALLBACK_COMMAND}. It
 * must be the state's name that differs: a V4 pact keys an interaction by its description and its
 * states' names and parameter names, not the parameters' values, and interactions of the same key
 * are merged into one when the pact file is written.
 */
record WebhookInteraction(SpecExamples.Webhook webhook, SpecExamples.Example event) {

    /** The description of every webhook interaction, which the provider's one verification method is bound to. */
    static final String DESCRIPTION = "a webhook event posted to the app's webhook address";

    /** Parameter of the provider state: the command word of the webhook, {@code Live.CallbackAfterCreateRoom}. */
    static final String CALLBACK_COMMAND = "callbackCommand";

    private static final String STATE_PREFIX = "the app has switched on the webhook ";

    /** One interaction per event example of every webhook, in spec order. */
    static List<WebhookInteraction> all() {
        return SpecExamples.webhooks().stream()
                .flatMap(webhook -> webhook.requestExamples().values().stream()
                        .map(event -> new WebhookInteraction(webhook, event)))
                .toList();
    }

    String callbackCommand() {
        return webhook.callbackCommand();
    }

    /**
     * What the provider must set up: the app's webhook address takes this command, signed with
     * {@link Participants#WEBHOOK_TOKEN}, and what causes the event can happen. Unique per webhook,
     * which is enough while each webhook has one event example ({@code PactsMatchSpecIT} finds an
     * example lost to a merge).
     */
    String providerState() {
        return STATE_PREFIX + callbackCommand();
    }

    Map<String, Object> providerStateParameters() {
        return Map.of(CALLBACK_COMMAND, callbackCommand());
    }

    /** The command word of the webhook an interaction of the pact file is about, read from its provider state. */
    static String callbackCommandOf(Interaction interaction) {
        List<ProviderState> states = interaction.getProviderStates();
        if (states.size() != 1 || !states.get(0).getName().startsWith(STATE_PREFIX)) {
            throw new IllegalArgumentException("a webhook interaction has the one state '" + STATE_PREFIX
                    + "<command word>'; this one has " + states);
        }
        ProviderState state = states.get(0);
        Object command = state.getParams().get(CALLBACK_COMMAND);
        if (!state.getName().equals(STATE_PREFIX + command)) {
            throw new IllegalArgumentException("the state '" + state.getName() + "' names another webhook than its "
                    + CALLBACK_COMMAND + " parameter, " + command);
        }
        return (String) command;
    }

    @Override
    public String toString() {
        return callbackCommand() + ": " + event.name();
    }
}

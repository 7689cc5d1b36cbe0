package dev.liveengine.contract;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.RetryPolicy;
import dev.liveengine.emulator.EmulatorSettings;

/** Names and settings shared by both sides of the contract. */
final class Participants {

    static final String CONSUMER = "LiveEngineJavaClient";
    static final String PROVIDER = "LiveEngineEmulator";
    static final String ADMIN = EmulatorSettings.DEFAULT_ADMIN;

    /** The app's server receiving the webhooks through the client's {@code WebhookReceiver}, and who sends them. */
    static final String WEBHOOK_CONSUMER = "LiveEngineWebhookReceiver";
    static final String WEBHOOK_PROVIDER = "LiveEngineEmulatorWebhooks";

    /** The webhook signing token the app sets with {@code set_callback_token}, and its receiver checks {@code Sign} with. */
    static final String WEBHOOK_TOKEN = "pact-webhook-token";

    /** Regex of the service's request IDs. */
    static final String REQUEST_ID = "Id-[0-9a-f]{32}-O-Seq-\\d+";

    private Participants() {
    }

    /** The real client, pointed at {@code baseUrl}, signing for {@link #ADMIN} with the emulator's development key. */
    static LiveEngineClient client(String baseUrl) {
        return LiveEngineClient.builder()
                .sdkAppId(EmulatorSettings.DEFAULT_SDKAPPID)
                .adminIdentifier(ADMIN)
                .secretKey(EmulatorSettings.DEVELOPMENT_SECRET_KEY)
                .baseUrl(baseUrl)
                .retryPolicy(RetryPolicy.NONE)
                .build();
    }
}

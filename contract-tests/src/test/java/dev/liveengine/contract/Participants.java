package dev.liveengine.contract;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.RetryPolicy;
import dev.liveengine.emulator.EmulatorSettings;

/** Names and settings shared by both sides of the contract. */
final class Participants {

    static final String CONSUMER = "LiveEngineJavaClient";
    static final String PROVIDER = "LiveEngineEmulator";
    static final String ADMIN = EmulatorSettings.DEFAULT_ADMIN;
    /** An account the emulator does not treat as an App administrator. */
    static final String NOT_ADMIN = "carol";
    static final String RECEIVER = "bob";
    static final String SENDER = "alice";

    /** Regex of the service's request IDs. */
    static final String REQUEST_ID = "Id-[0-9a-f]{32}-O-Seq-\\d+";

    private Participants() {
    }

    /** The real client, pointed at {@code baseUrl}, signing with the emulator's development key. */
    static LiveEngineClient client(String baseUrl) {
        return client(baseUrl, ADMIN);
    }

    static LiveEngineClient client(String baseUrl, String identifier) {
        return LiveEngineClient.builder()
                .sdkAppId(EmulatorSettings.DEFAULT_SDKAPPID)
                .adminIdentifier(identifier)
                .secretKey(EmulatorSettings.DEVELOPMENT_SECRET_KEY)
                .baseUrl(baseUrl)
                .retryPolicy(RetryPolicy.NONE)
                .build();
    }
}

package dev.liveengine.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.server.model.AddGiftRequest;
import java.net.URISyntaxException;
import java.time.Duration;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.net.URIBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays the client's pacts against a real emulator on an OS-chosen port. The UserSig recorded in
 * a pact is only an example, so each request is re-signed for its identifier with the emulator's key
 * before it is sent: the emulator checks signatures for real.
 */
@Provider(Participants.PROVIDER)
@PactFolder("target/pacts")
class LiveEngineEmulatorPactIT {

    private static LiveEngineEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", emulator.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void emulatorHonoursThePact(PactVerificationContext context, HttpRequest request) throws URISyntaxException {
        URIBuilder uri = new URIBuilder(request.getUri());
        String identifier = uri.getFirstQueryParam("identifier").getValue();
        request.setUri(uri.setParameter("usersig", emulator.userSig(identifier, Duration.ofMinutes(5))).build());
        context.verifyInteraction();
    }

    @State("no gifts are configured")
    void noGifts() {
        emulator.reset();
    }

    @State("no room has a mixing task")
    void noMixTasks() {
        emulator.reset();
    }

    @State("16 gifts are configured")
    void sixteenGifts() {
        emulator.reset();
        for (int i = 1; i <= 16; i++) {
            emulator.state().gifts().put(gift("gift" + i, 1));
        }
    }

    @State("gift rose is configured")
    void roseConfigured() {
        emulator.reset();
        emulator.state().gifts().put(gift("rose", 10));
    }

    @State("room1 received 3 roses of 10 coins from alice")
    void roomWithGifts() {
        roseConfigured();
        emulator.state().giftStatistics().record("room1", Participants.SENDER, 3, 30);
    }

    @State("room mix1 has a stopped mixing task")
    void mixTask() {
        emulator.reset();
        emulator.state().mixTasks().create("mix1");
    }

    private static AddGiftRequest gift(String id, long coins) {
        return new AddGiftRequest().giftId(id).coins(coins).defaultName(id);
    }
}

package dev.liveengine.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.net.URIBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the client's pact against the emulator, which the extension resets before each
 * interaction and whose every reply it checks against the spec. The UserSig recorded in the pact is
 * only an example, so each request is re-signed for its identifier with the emulator's key before it
 * is sent: the emulator checks signatures for real.
 */
@Provider(Participants.PROVIDER)
@PactFolder("target/pacts")
class LiveEngineEmulatorPactIT {

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @BeforeEach
    void target(PactVerificationContext context) throws MalformedURLException {
        context.setTarget(HttpTestTarget.fromUrl(URI.create(emulator.baseUrl()).toURL()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void emulatorHonoursThePact(PactVerificationContext context, HttpRequest request) throws URISyntaxException {
        URIBuilder uri = new URIBuilder(request.getUri());
        String identifier = uri.getFirstQueryParam("identifier").getValue();
        request.setUri(uri.setParameter("usersig", emulator.emulator().userSig(identifier, Duration.ofMinutes(5))).build());
        context.verifyInteraction();
    }

    @State(ProviderStates.RECORDED_OBJECTS_EXIST)
    void recordedObjectsExist(Map<String, Object> parameters) {
        RecordedFixtures.load(emulator.control(), (String) parameters.get(ProviderStates.OPERATION));
    }

    @State(ProviderStates.NEXT_CALL_REFUSED)
    void nextCallRefused(Map<String, Object> parameters) {
        emulator.control().failNextCalls((String) parameters.get(ProviderStates.OPERATION), 1,
                ((Number) parameters.get(ProviderStates.ERROR_CODE)).intValue(), null);
    }
}

package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.client.error.LiveEngineException;
import dev.liveengine.client.error.LiveEngineTransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Failures of the exchange itself are a separate exception type, and nothing the client throws
 * reveals the secret key or the UserSig, which travels in the request URL.
 */
class TransportFailureTest {

    @Test
    void aNon200AnswerIsATransportFailureThatQuotesNoSecret() {
        try (FakeService service = new FakeService().reply(502, "<html>bad gateway</html>");
             LiveEngineClient client = client(service)) {
            LiveEngineTransportException e = assertThrows(LiveEngineTransportException.class,
                    () -> client.sendGift(ErrorMappingTest.gift()));
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
            assertNoSecretIn(e, service.requests().get(0).query("usersig"));
        }
    }

    @Test
    void aReplyThatIsNotJsonIsATransportFailure() {
        try (FakeService service = new FakeService().reply(200, "this is not json");
             LiveEngineClient client = client(service)) {
            LiveEngineTransportException e = assertThrows(LiveEngineTransportException.class,
                    () -> client.sendGift(ErrorMappingTest.gift()));
            assertTrue(e.getMessage().contains("not the documented JSON"), e.getMessage());
            assertNoSecretIn(e, service.requests().get(0).query("usersig"));
        }
    }

    @Test
    void serviceFailuresQuoteNoSecretEither() {
        try (FakeService service = new FakeService().fail(70009, "signature mismatch");
             LiveEngineClient client = client(service)) {
            LiveEngineException e = assertThrows(LiveEngineException.class, () -> client.sendGift(ErrorMappingTest.gift()));
            assertNoSecretIn(e, service.requests().get(0).query("usersig"));
        }
    }

    @Test
    void defaultTimeoutsAreLongerThanTheServicesOwnThreeSeconds() {
        assertTrue(LiveEngineClient.DEFAULT_CONNECT_TIMEOUT.getSeconds() > 3);
        assertTrue(LiveEngineClient.DEFAULT_READ_TIMEOUT.getSeconds() > 3);
    }

    private static LiveEngineClient client(FakeService service) {
        return TestClients.against(service.baseUrl(), Clock.systemUTC(), new TestClients.RecordingSleeper())
                .retryPolicy(RetryPolicy.NONE).build();
    }

    static void assertNoSecretIn(Throwable e, String userSig) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String text = trace + " " + e;
        assertFalse(userSig == null || userSig.isEmpty(), "the request carried no usersig to look for");
        assertFalse(text.contains(userSig), "the UserSig leaked into: " + text);
        assertFalse(text.contains(TestClients.KEY), "the secret key leaked into: " + text);
    }
}

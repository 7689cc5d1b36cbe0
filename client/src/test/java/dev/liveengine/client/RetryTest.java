package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.error.LiveEngineTransportException;
import dev.liveengine.client.error.ServerErrorException;
import dev.liveengine.client.model.GetGiftCountRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries happen only where sending the request again can neither duplicate it nor be pointless. */
class RetryTest {

    private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();

    @Test
    void rateLimitedCallsAreRetriedWithBackoffEvenWhenNotIdempotent() {
        try (FakeService service = new FakeService().fail(60007, "slow down").fail(100012, "slow down").ok("");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), sleeper).build()) {
            client.sendGift(ErrorMappingTest.gift());

            assertEquals(3, service.requests().size());
            assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), sleeper.waits);
        }
    }

    @Test
    void serverErrorsAreNotRetriedForCommandsThatAreNotIdempotent() {
        try (FakeService service = new FakeService().fail(100001, "boom").ok("");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), sleeper).build()) {
            assertThrows(ServerErrorException.class, () -> client.sendGift(ErrorMappingTest.gift()));
            assertEquals(1, service.requests().size());
        }
    }

    @Test
    void serverErrorsAreRetriedForIdempotentCommandsUntilAttemptsRunOut() {
        try (FakeService service = new FakeService().fail(100001, "a").fail(100001, "b").fail(100001, "c").ok("");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), sleeper).build()) {
            ServerErrorException e = assertThrows(ServerErrorException.class,
                    () -> client.getGiftCount(new GetGiftCountRequest().roomId("r").fromAccount("u")));
            assertEquals("c", e.errorInfo());
            assertEquals(3, service.requests().size());
        }
    }

    @Test
    void aConnectionThatWasNeverMadeIsRetriedAndReportedAsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (LiveEngineClient client = TestClients.against("http://127.0.0.1:" + closedPort, Clock.systemUTC(), sleeper).build()) {
            LiveEngineTransportException e = assertThrows(LiveEngineTransportException.class,
                    () -> client.sendGift(ErrorMappingTest.gift()));
            assertFalse(e.requestWasSent());
            assertEquals(2, sleeper.waits.size(), "three attempts in all");
        }
    }
}

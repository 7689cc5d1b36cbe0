package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The builder refuses incomplete settings and never shows the key. */
class BuilderTest {

    @Test
    void requiresTheAppTheAdministratorOneCredentialAndARegion() {
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LiveEngineClient.builder().adminIdentifier("a").secretKey("k").region(Region.CHINA).build())
                .getMessage().contains("sdkAppId"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LiveEngineClient.builder().sdkAppId(1).secretKey("k").region(Region.CHINA).build())
                .getMessage().contains("adminIdentifier"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LiveEngineClient.builder().sdkAppId(1).adminIdentifier("a").region(Region.CHINA).build())
                .getMessage().contains("secretKey"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LiveEngineClient.builder().sdkAppId(1).adminIdentifier("a").secretKey("k").userSig("s")
                        .region(Region.CHINA).build()).getMessage().contains("not both"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> LiveEngineClient.builder().sdkAppId(1).adminIdentifier("a").secretKey("k").build())
                .getMessage().contains("region"));
    }

    @Test
    void aCallerSuppliedUserSigIsSentAsGiven() {
        try (FakeService service = new FakeService().ok("");
             LiveEngineClient client = LiveEngineClient.builder().sdkAppId(TestClients.SDKAPPID).adminIdentifier("ops")
                     .userSig("eJw-caller-signed").baseUrl(service.baseUrl()).build()) {
            client.sendGift(ErrorMappingTest.gift());
            assertEquals("eJw-caller-signed", service.requests().get(0).query("usersig"));
            assertEquals("ops", service.requests().get(0).query("identifier"));
        }
    }

    @Test
    void neitherTheClientNorItsBuilderShowsTheKey() {
        LiveEngineClient.Builder builder = TestClients.against("http://127.0.0.1:1", Clock.systemUTC(), d -> { });
        assertFalse(builder.toString().contains(TestClients.KEY));
        try (LiveEngineClient client = builder.build()) {
            assertFalse(client.toString().contains(TestClients.KEY));
            assertTrue(client.toString().contains("1400000000"));
        }
    }
}

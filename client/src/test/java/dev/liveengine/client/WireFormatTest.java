package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.model.GetGiftCountRequest;
import dev.liveengine.client.model.GetGiftCountResponse;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigVerifier;
import dev.liveengine.usersig.Verification;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire, and what it makes of the reply. */
class WireFormatTest {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sendGiftPostsTheBodyWithTheFiveCommonQueryParameters() throws Exception {
        try (FakeService service = new FakeService().ok("");
             LiveEngineClient client = TestClients.against(service.baseUrl(), CLOCK, new TestClients.RecordingSleeper()).build()) {
            client.sendGift(new SendGiftRequest().roomId("room1").giftId("rose").fromAccount("alice")
                    .receiverListAccount(List.of("bob")));

            FakeService.Recorded request = service.requests().get(0);
            assertEquals("POST", request.method());
            assertEquals("/v4/live_engine_http_srv/send_gift", request.uri().getPath());
            assertEquals("1400000000", request.query("sdkappid"));
            assertEquals("administrator", request.query("identifier"));
            assertEquals("json", request.query("contenttype"));
            long random = Long.parseLong(request.query("random"));
            assertTrue(random >= 0 && random <= 4294967295L, "random out of range: " + random);
            Verification verification = new UserSigVerifier(TestClients.SDKAPPID, AppSecret.of(TestClients.KEY), CLOCK)
                    .verify(request.query("usersig"), "administrator");
            assertInstanceOf(Verification.Valid.class, verification, verification.toString());
            // unset optional fields (Count) are left out rather than sent as null
            assertEquals(JSON.readTree("{\"RoomId\":\"room1\",\"GiftId\":\"rose\",\"From_Account\":\"alice\","
                    + "\"ReceiverList_Account\":[\"bob\"]}"), JSON.readTree(request.body()));
        }
    }

    @Test
    void getGiftCountReturnsTheStatisticsFromTheReply() {
        try (FakeService service = new FakeService().ok(",\"Response\":{\"Sequence\":3,\"TotalCount\":5,"
                + "\"TotalCoins\":50,\"GiftSenderCount\":2,\"NewFieldFromTheFuture\":true}");
             LiveEngineClient client = TestClients.against(service.baseUrl(), CLOCK, new TestClients.RecordingSleeper()).build()) {
            GetGiftCountResponse reply = client.getGiftCount(new GetGiftCountRequest().roomId("room1").fromAccount("alice"));

            assertEquals(5L, reply.getResponse().getTotalCount());
            assertEquals(50L, reply.getResponse().getTotalCoins());
            assertEquals(2L, reply.getResponse().getGiftSenderCount());
            assertEquals(3L, reply.getResponse().getSequence());
            assertEquals("Id-ok", reply.getRequestId());
        }
    }

    @Test
    void randomIsFreshForEveryRequestAndWithinTheUnsigned32BitRange() {
        int calls = 40;
        FakeService service = new FakeService();
        for (int i = 0; i < calls; i++) {
            service.ok("");
        }
        try (service; LiveEngineClient client = TestClients.against(service.baseUrl(), CLOCK, new TestClients.RecordingSleeper()).build()) {
            for (int i = 0; i < calls; i++) {
                client.resumeMcuTask(new dev.liveengine.client.model.ResumeMcuTaskRequest().roomId("mix1"));
            }
            Set<Long> seen = new HashSet<>();
            for (FakeService.Recorded request : service.requests()) {
                long random = Long.parseLong(request.query("random"));
                assertTrue(random >= 0 && random <= 4294967295L, "random out of range: " + random);
                seen.add(random);
            }
            // 40 draws from 2^32 values collide with probability about 2e-7
            assertTrue(seen.size() >= calls - 1, "random values repeat: " + seen.size() + " distinct of " + calls);
        }
    }

    /** New language codes may appear (the spec says so): a client that does not know one yet must still read it. */
    @Test
    void aLanguageCodeTheClientDoesNotKnowYetIsReadNotRefused() throws Exception {
        ObjectMapper json = LiveEngineJson.newMapper();
        assertEquals(dev.liveengine.client.model.LanguageCode.ZH_HANT, json.readValue("\"zh-Hant\"", dev.liveengine.client.model.LanguageCode.class));
        assertEquals(dev.liveengine.client.model.LanguageCode.UNKNOWN_DEFAULT_OPEN_API,
                json.readValue("\"fr\"", dev.liveengine.client.model.LanguageCode.class));
    }
}

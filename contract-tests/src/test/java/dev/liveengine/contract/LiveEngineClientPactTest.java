package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.PermissionDeniedException;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.error.NotFoundException;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.GetGiftCountRequest;
import dev.liveengine.client.model.GetGiftCountResponse;
import dev.liveengine.client.model.ResumeMcuTaskRequest;
import dev.liveengine.client.model.SendGiftRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the Java client expects of the service, one interaction per test: every command once
 * succeeding and once failing. The pact files these tests write are then verified against the
 * emulator ({@code LiveEngineEmulatorPactIT}) and against the spec ({@code PactsMatchSpecIT}).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PROVIDER)
class LiveEngineClientPactTest {

    // --- add_gift ---

    @Pact(consumer = Participants.CONSUMER)
    V4Pact addGiftStored(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "no gifts are configured", "add_gift for a new gift", "add_gift",
                new PactDslJsonBody().stringValue("GiftId", "rose").numberValue("Coins", 10).stringValue("DefaultName", "Rose"),
                Interactions.ok());
    }

    @Test
    @PactTestFor(pactMethod = "addGiftStored")
    void addGiftStored(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            assertEquals(0, client.addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose")).getErrorCode());
        }
    }

    @Pact(consumer = Participants.CONSUMER)
    V4Pact addGiftOverTheCap(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "16 gifts are configured", "add_gift beyond the 16-gift cap", "add_gift",
                new PactDslJsonBody().stringValue("GiftId", "gift17").numberValue("Coins", 1).stringValue("DefaultName", "One more"),
                Interactions.fail(102006));
    }

    @Test
    @PactTestFor(pactMethod = "addGiftOverTheCap")
    void addGiftOverTheCap(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            LiveEngineServiceException e = assertThrows(LiveEngineServiceException.class,
                    () -> client.addGift(new AddGiftRequest().giftId("gift17").coins(1L).defaultName("One more")));
            assertEquals(102006, e.errorCode());
        }
    }

    // --- send_gift ---

    @Pact(consumer = Participants.CONSUMER)
    V4Pact sendGiftSent(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "gift rose is configured", "send_gift of a configured gift", "send_gift",
                sendGiftBody("rose"), Interactions.ok());
    }

    @Test
    @PactTestFor(pactMethod = "sendGiftSent")
    void sendGiftSent(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            assertEquals(0, client.sendGift(sendGift("rose")).getErrorCode());
        }
    }

    @Pact(consumer = Participants.CONSUMER)
    V4Pact sendGiftUnknown(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "no gifts are configured", "send_gift of an unknown gift", "send_gift",
                sendGiftBody("tulip"), Interactions.fail(102002));
    }

    @Test
    @PactTestFor(pactMethod = "sendGiftUnknown")
    void sendGiftUnknown(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> client.sendGift(sendGift("tulip")));
            assertEquals(102002, e.errorCode());
        }
    }

    // --- get_gift_count ---

    @Pact(consumer = Participants.CONSUMER)
    V4Pact giftCountOfARoom(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "room1 received 3 roses of 10 coins from alice", "get_gift_count of a room",
                "get_gift_count",
                new PactDslJsonBody().stringValue("RoomId", "room1").stringValue("From_Account", Participants.SENDER),
                Interactions.ok().object("Response")
                        .integerType("Sequence", 1)
                        .numberValue("TotalCount", 3)
                        .numberValue("TotalCoins", 30)
                        .numberValue("GiftSenderCount", 1)
                        .closeObject());
    }

    @Test
    @PactTestFor(pactMethod = "giftCountOfARoom")
    void giftCountOfARoom(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            GetGiftCountResponse reply = client.getGiftCount(new GetGiftCountRequest().roomId("room1").fromAccount(Participants.SENDER));
            assertEquals(3L, reply.getResponse().getTotalCount());
            assertEquals(30L, reply.getResponse().getTotalCoins());
            assertEquals(1L, reply.getResponse().getGiftSenderCount());
        }
    }

    @Pact(consumer = Participants.CONSUMER)
    V4Pact giftCountAskedByANonAdministrator(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.NOT_ADMIN, "no gifts are configured",
                "get_gift_count by an account that is not an App administrator", "get_gift_count",
                new PactDslJsonBody().stringValue("RoomId", "room1").stringValue("From_Account", Participants.SENDER),
                Interactions.fail(60010));
    }

    @Test
    @PactTestFor(pactMethod = "giftCountAskedByANonAdministrator")
    void giftCountAskedByANonAdministrator(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl(), Participants.NOT_ADMIN)) {
            PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> client.getGiftCount(
                    new GetGiftCountRequest().roomId("room1").fromAccount(Participants.SENDER)));
            assertEquals(60010, e.errorCode());
        }
    }

    // --- resume_mcu_task ---

    @Pact(consumer = Participants.CONSUMER)
    V4Pact resumeExistingTask(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "room mix1 has a stopped mixing task", "resume_mcu_task of a room with a task",
                "resume_mcu_task", new PactDslJsonBody().stringValue("RoomId", "mix1"), Interactions.ok());
    }

    @Test
    @PactTestFor(pactMethod = "resumeExistingTask")
    void resumeExistingTask(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            assertEquals(0, client.resumeMcuTask(new ResumeMcuTaskRequest().roomId("mix1")).getErrorCode());
        }
    }

    @Pact(consumer = Participants.CONSUMER)
    V4Pact resumeWithoutTask(PactBuilder builder) {
        return Interactions.exchange(builder, Participants.ADMIN, "no room has a mixing task", "resume_mcu_task of a room without a task",
                "resume_mcu_task", new PactDslJsonBody().stringValue("RoomId", "mix2"), Interactions.fail(100424));
    }

    @Test
    @PactTestFor(pactMethod = "resumeWithoutTask")
    void resumeWithoutTask(MockServer server) {
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            NotFoundException e = assertThrows(NotFoundException.class,
                    () -> client.resumeMcuTask(new ResumeMcuTaskRequest().roomId("mix2")));
            assertEquals(100424, e.errorCode());
        }
    }

    private static DslPart sendGiftBody(String giftId) {
        return new PactDslJsonBody().stringValue("RoomId", "room1").stringValue("GiftId", giftId)
                .stringValue("From_Account", Participants.SENDER)
                .array("ReceiverList_Account").stringValue(Participants.RECEIVER).closeArray();
    }

    private static SendGiftRequest sendGift(String giftId) {
        return new SendGiftRequest().roomId("room1").giftId(giftId).fromAccount(Participants.SENDER)
                .receiverListAccount(List.of(Participants.RECEIVER));
    }
}

package dev.liveengine.emulator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.webhook.WebhookConfigStore.Target;
import dev.liveengine.usersig.WebhookSignature;
import dev.liveengine.usersig.WebhookToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of the webhooks, against a receiver on loopback. */
class WebhookSenderTest {

    private static final WebhookSender.Origin ORIGIN = new WebhookSender.Origin(1400000000L, "127.0.0.1", "RESTAPI");
    private static final String COMMAND = "Live.CallbackAfterCreateRoom";
    private static final String BODY = "{\"CallbackCommand\":\"" + COMMAND + "\"}";

    private final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);
    private final WebhookSender sender = new WebhookSender(clock, Duration.ofSeconds(5));
    private final BlockingQueue<String> received = new ArrayBlockingQueue<>(10);
    private HttpServer receiver;
    private volatile int status = 200;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestURI().getRawQuery() + " " + body);
            byte[] reply = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        sender.close();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void sendsTheDocumentedQueryAndSignsWithTheToken() throws Exception {
        Optional<WebhookSender.Answer> answer = sender.ask(COMMAND,
                new Target(url(), Optional.of(WebhookToken.of("xxxxyyyy"))), ORIGIN, BODY);

        assertEquals(200, answer.orElseThrow().status());
        long requestTime = clock.instant().getEpochSecond();
        assertEquals("SdkAppid=1400000000&CallbackCommand=Live.CallbackAfterCreateRoom&contenttype=json&ClientIP=127.0.0.1"
                + "&OptPlatform=RESTAPI&Sign=" + WebhookSignature.sign(WebhookToken.of("xxxxyyyy"), requestTime)
                + "&RequestTime=" + requestTime + " " + BODY, received.poll(5, TimeUnit.SECONDS));
        Delivery delivery = sender.deliveries(10).get(0);
        assertTrue(delivery.delivered(), delivery.outcome());
        assertFalse(delivery.url().contains("Sign="), "a record keeps nothing derived from the token: " + delivery.url());
        assertEquals(BODY, delivery.body());
    }

    @Test
    void anAfterCallbackIsSentByTheSendersOwnThreadAndFailuresAreRecorded() throws Exception {
        status = 500;
        sender.send(COMMAND, new Target(url(), Optional.empty()), ORIGIN, BODY);
        assertEquals("SdkAppid=1400000000&CallbackCommand=Live.CallbackAfterCreateRoom&contenttype=json&ClientIP=127.0.0.1"
                + "&OptPlatform=RESTAPI " + BODY, received.poll(5, TimeUnit.SECONDS));
        Delivery failed = awaitDeliveries(1).get(0);
        assertEquals(500, failed.status());
        assertEquals("failed: HTTP 500", failed.outcome());
    }

    @Test
    void anUnreachableReceiverIsAFailedDeliveryNotAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Optional<WebhookSender.Answer> answer = sender.ask(COMMAND,
                new Target("http://127.0.0.1:" + closedPort + "/hook", Optional.empty()), ORIGIN, BODY);
        assertEquals(Optional.empty(), answer);
        Delivery delivery = sender.deliveries(1).get(0);
        assertEquals(0, delivery.status());
        assertTrue(delivery.outcome().startsWith("failed: "), delivery.outcome());
    }

    @Test
    void theRecordKeepsTheLatestThousandNewestFirst() {
        Target nowhere = new Target("http://127.0.0.1:1/hook", Optional.empty());
        for (int i = 0; i < WebhookSender.KEPT_DELIVERIES + 5; i++) {
            sender.ask("Live.CallbackAfterDestroyRoom", nowhere, ORIGIN, "{\"n\":" + i + "}");
        }
        List<Delivery> kept = sender.deliveries(Integer.MAX_VALUE);
        assertEquals(WebhookSender.KEPT_DELIVERIES, kept.size());
        assertEquals("{\"n\":" + (WebhookSender.KEPT_DELIVERIES + 4) + "}", kept.get(0).body());
        assertEquals(Optional.empty(), sender.delivery(1), "the oldest are forgotten");
    }

    /**
     * A flood of "After" webhooks at a receiver that refuses every connection: the callers are never
     * held up, the sender keeps to its own two threads, the queue to its bound (the rest recorded as
     * dropped) and the record to its last thousand. {@code -Dwebhook.flood=100000} for the long run.
     */
    @Test
    void aFloodAtAnUnreachableReceiverNeitherGrowsThreadsNorRecords() throws Exception {
        int webhooks = Integer.getInteger("webhook.flood", 20_000);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Target refusing = new Target("http://127.0.0.1:" + closedPort + "/hook", Optional.empty());
        for (int i = 0; i < webhooks; i++) {
            sender.send(COMMAND, refusing, ORIGIN, BODY);
        }
        assertTrue(sender.awaitSent(Duration.ofMinutes(2)), "the queue did not drain");
        // two sending threads and the HttpClient's two, and none of the pool it would otherwise grow
        List<String> threads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("live-engine-webhooks") || name.matches("HttpClient-\\d+-Worker-\\d+")).toList();
        assertTrue(threads.size() <= 4, threads + " webhook threads");
        List<Delivery> kept = sender.deliveries(Integer.MAX_VALUE);
        assertEquals(Math.min(webhooks, WebhookSender.KEPT_DELIVERIES), kept.size());
        assertTrue(kept.stream().noneMatch(Delivery::delivered), "nothing reached a closed port");
        assertTrue(kept.stream().allMatch(delivery -> delivery.outcome().startsWith("failed: ")
                || delivery.outcome().startsWith("dropped: ")), kept.get(0).outcome());
    }

    /**
     * A reset drops the callbacks still waiting: here four behind the two that a receiver holds on to
     * until the test lets them go. Only those two are then made and recorded.
     */
    @Test
    void aResetDropsTheCallbacksStillWaiting() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        receiver.createContext("/hold", exchange -> {
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        Target holding = new Target(url().replace("/hook", "/hold"), Optional.empty());
        for (int i = 0; i < 6; i++) {
            sender.send(COMMAND, holding, ORIGIN, BODY); // the first two go to the two threads, the rest wait
        }
        sender.reset();
        letGo.countDown();
        List<Delivery> made = awaitDeliveries(10);
        assertEquals(2, made.size(), () -> "made after the reset: " + made);
    }

    /** The deliveries once the sender's threads have made every queued one. */
    private List<Delivery> awaitDeliveries(int count) throws InterruptedException {
        assertTrue(sender.awaitSent(Duration.ofSeconds(5)), "the queued callbacks were not sent in time");
        return sender.deliveries(count);
    }
}

package dev.liveengine.emulator.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An app server for tests to point the emulator's webhooks at: it listens on 127.0.0.1 and a port the
 * OS chooses, keeps every request it gets, and answers each with what the test chose (by default
 * {@code {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}}, which allows a "Before" callback).
 *
 * <pre>{@code
 * client.setCallback(new SetCallbackRequest().url(emulator.webhooks().url())
 *         .callbackCommandList(List.of(CallbackCommand.LIVE_CALLBACK_AFTER_CREATE_ROOM)));
 * client.createRoom(...);
 * Received created = emulator.webhooks().take("Live.CallbackAfterCreateRoom");
 * }</pre>
 *
 * <p>"After" webhooks leave the emulator after the REST call has returned, so {@link #take} waits for
 * the next one of a command, up to a bound, rather than expecting it to be there already.
 */
public final class WebhookInbox implements AutoCloseable {

    /** How long {@link #take} waits by default: far longer than a delivery on loopback takes. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final String ALLOW = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One webhook request as the app's server got it. */
    public record Received(String callbackCommand, Map<String, String> query, JsonNode body) {
    }

    /** What to answer to a webhook: an HTTP status and a body, or nothing at all. */
    public record Answer(int status, String body, boolean withheld) {
        /** HTTP 200 with this JSON body. */
        public static Answer json(String body) {
            return new Answer(200, body, false);
        }

        /** Another HTTP status, with this body. */
        public static Answer status(int status, String body) {
            return new Answer(status, body, false);
        }

        /** No answer until the inbox is cleared or closed: an app server that hangs, for the emulator's time limit. */
        public static Answer none() {
            return new Answer(0, "", true);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-inbox");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<Received> unread = new ArrayList<>();
    private final List<Received> all = new ArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** Released to let the withheld answers go; replaced by a fresh one at each clear. */
    private volatile CountDownLatch released = new CountDownLatch(1);

    WebhookInbox() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address to configure with {@code set_callback}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** Answers every later webhook of {@code callbackCommand} with {@code answer}. */
    public void answer(String callbackCommand, Answer answer) {
        answers.put(callbackCommand, answer);
    }

    /** Waits up to {@link #DEFAULT_WAIT} for the next webhook of {@code callbackCommand} not taken yet. */
    public Received take(String callbackCommand) {
        return poll(callbackCommand, DEFAULT_WAIT).orElseThrow(() -> new AssertionError(
                "no " + callbackCommand + " webhook arrived within " + DEFAULT_WAIT.toSeconds() + " s; got " + commands(all())));
    }

    /** The next webhook of {@code callbackCommand} not taken yet, waiting up to {@code wait}. */
    public Optional<Received> poll(String callbackCommand, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            while (true) {
                for (int i = 0; i < unread.size(); i++) {
                    if (unread.get(i).callbackCommand().equals(callbackCommand)) {
                        return Optional.of(unread.remove(i));
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                arrived.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Every webhook received since the last {@link #clear()}, in order of arrival. */
    public List<Received> all() {
        lock.lock();
        try {
            return List.copyOf(all);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets what was received and the chosen answers. */
    public void clear() {
        lock.lock();
        try {
            unread.clear();
            all.clear();
            answers.clear();
            released.countDown();
            released = new CountDownLatch(1);
        } finally {
            lock.unlock();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String command = query.getOrDefault("CallbackCommand", "");
            Received received = new Received(command, query, readJson(body));
            lock.lock();
            try {
                unread.add(received);
                all.add(received);
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
            Answer answer = answers.getOrDefault(command, Answer.json(ALLOW));
            if (answer.withheld()) {
                hang();
                return;
            }
            byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    /** Holds the request open until the inbox is cleared or closed; the emulator stops waiting first. */
    private void hang() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Collections.unmodifiableMap(query);
    }

    private static List<String> commands(List<Received> received) {
        return received.stream().map(Received::callbackCommand).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

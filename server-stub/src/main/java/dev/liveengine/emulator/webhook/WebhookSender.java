package dev.liveengine.emulator.webhook;

import dev.liveengine.emulator.webhook.WebhookConfigStore.Target;
import dev.liveengine.usersig.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the HTTP calls of the webhooks and keeps a record of each. An "After" callback is queued and
 * sent by the sender's own threads, never by the thread of the REST call that caused it: a slow,
 * failing or unreachable receiver costs the REST call nothing. The queue and the threads are
 * bounded, and a callback that finds the queue full is recorded as dropped rather than held. A
 * "Before" callback is sent by the calling thread, which waits for the answer up to a limit.
 */
public final class WebhookSender implements AutoCloseable {

    /** How many deliveries the control API can list: the latest ones. */
    static final int KEPT_DELIVERIES = 1000;
    static final int QUEUE_CAPACITY = 10_000;
    private static final int SENDING_THREADS = 2;
    static final int MAX_REPLY_BYTES = 64 * 1024;

    /** What the service tells the receiver of itself in every query string. */
    public record Origin(long sdkAppId, String clientIp, String platform) {
    }

    /** The receiver's answer to a "Before" callback: its HTTP status and body, when it gave one. */
    public record Answer(int status, String body) {
    }

    private final Clock clock;
    private final Duration timeout;
    /**
     * Made on the first webhook: building a JDK HttpClient sets up its TLS context and selector thread,
     * a cost an emulator nobody configured webhooks on should not pay at start-up.
     */
    private volatile HttpClient http;
    private final ThreadPoolExecutor queue;
    /**
     * The HttpClient's own threads. Left to itself it takes a cached pool, which under a flood of
     * callbacks to a failing receiver kept adding threads; a fixed pool starts its threads on first use.
     */
    private final ExecutorService httpThreads;
    private final AtomicLong lastId = new AtomicLong();
    private final Deque<Delivery> records = new ArrayDeque<>();
    /** Guards {@link #unsent}; {@link #awaitSent} waits on it. */
    private final Object unsentMonitor = new Object();
    /** "After" callbacks queued or being sent. */
    private long unsent;

    public WebhookSender(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.queue = new ThreadPoolExecutor(SENDING_THREADS, SENDING_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemonThreads("live-engine-webhooks"));
        this.httpThreads = Executors.newFixedThreadPool(SENDING_THREADS, daemonThreads("live-engine-webhooks-http"));
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Queues an "After" callback; returns at once. */
    public void send(String callbackCommand, Target target, Origin origin, String body) {
        synchronized (unsentMonitor) {
            unsent++;
        }
        try {
            queue.execute(() -> {
                try {
                    call(callbackCommand, target, origin, body, timeout);
                } finally {
                    done();
                }
            });
        } catch (RejectedExecutionException full) {
            record(callbackCommand, target.url(), clock.instant(), 0, 0, "dropped: " + QUEUE_CAPACITY + " callbacks already waiting", body, null);
            done();
        }
    }

    /**
     * Waits until every queued "After" callback has been sent (or has failed), up to {@code max}:
     * for a test that asserts on the deliveries of the calls it made. Returns whether they all were.
     */
    public boolean awaitSent(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (unsentMonitor) {
            while (unsent > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(unsentMonitor, left);
            }
            return true;
        }
    }

    private void done() {
        synchronized (unsentMonitor) {
            unsent--;
            unsentMonitor.notifyAll();
        }
    }

    /** Sends a "Before" callback and waits up to the time limit for the answer; empty when none came. */
    public Optional<Answer> ask(String callbackCommand, Target target, Origin origin, String body) {
        return call(callbackCommand, target, origin, body, timeout);
    }

    /** The latest deliveries, newest first, at most {@code limit}. */
    public synchronized List<Delivery> deliveries(int limit) {
        return records.stream().limit(limit).toList();
    }

    /**
     * A reset: forgets the record of deliveries and the "After" callbacks still waiting their turn.
     * Those being sent finish. Without this, the backlog a receiver that never answers builds up (up
     * to {@value #QUEUE_CAPACITY} callbacks, two every time limit) would hold up, or crowd out, the
     * callbacks of whatever test runs next.
     */
    public void reset() {
        List<Runnable> waiting = new ArrayList<>();
        queue.getQueue().drainTo(waiting);
        synchronized (unsentMonitor) {
            unsent -= waiting.size();
            unsentMonitor.notifyAll();
        }
        synchronized (this) {
            records.clear();
        }
    }

    public synchronized Optional<Delivery> delivery(long id) {
        return records.stream().filter(record -> record.id() == id).findFirst();
    }

    private Optional<Answer> call(String callbackCommand, Target target, Origin origin, String body, Duration limit) {
        Instant sentAt = clock.instant();
        String url = url(target.url(), callbackCommand, origin);
        String signed = target.token()
                .map(token -> {
                    long requestTime = sentAt.getEpochSecond();
                    return url + "&Sign=" + WebhookSignature.sign(token, requestTime) + "&RequestTime=" + requestTime;
                })
                .orElse(url);
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(signed))
                    .timeout(limit)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            String reply;
            try (InputStream in = response.body()) {
                // a reply is a small envelope: more than this is read no further, so a receiver cannot fill the memory
                reply = new String(in.readNBytes(MAX_REPLY_BYTES), StandardCharsets.UTF_8);
            }
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            String outcome = response.statusCode() == 200 ? Delivery.DELIVERED : "failed: HTTP " + response.statusCode();
            record(callbackCommand, url, sentAt, response.statusCode(), latency, outcome, body, reply);
            return Optional.of(new Answer(response.statusCode(), reply));
        } catch (HttpTimeoutException late) {
            record(callbackCommand, url, sentAt, 0, limit.toMillis(), "failed: no answer within " + limit.toMillis() + " ms", body, null);
        } catch (IOException | IllegalArgumentException unreachable) {
            long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            record(callbackCommand, url, sentAt, 0, latency, "failed: " + unreachable.getClass().getSimpleName(), body, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            record(callbackCommand, url, sentAt, 0, 0, "failed: the emulator is stopping", body, null);
        }
        return Optional.empty();
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                            .executor(httpThreads).build();
                }
                client = http;
            }
        }
        return client;
    }

    /** The URL the service calls: the configured one with its query string (without Sign and RequestTime). */
    private static String url(String configured, String callbackCommand, Origin origin) {
        return configured + (configured.contains("?") ? "&" : "?")
                + "SdkAppid=" + origin.sdkAppId()
                + "&CallbackCommand=" + URLEncoder.encode(callbackCommand, StandardCharsets.UTF_8)
                + "&contenttype=json"
                + "&ClientIP=" + URLEncoder.encode(origin.clientIp(), StandardCharsets.UTF_8)
                + "&OptPlatform=" + origin.platform();
    }

    private synchronized void record(String callbackCommand, String url, Instant sentAt, int status, long latencyMillis,
                                     String outcome, String body, String reply) {
        if (records.size() == KEPT_DELIVERIES) {
            records.removeLast();
        }
        records.addFirst(new Delivery(lastId.incrementAndGet(), callbackCommand, url, sentAt, status, latencyMillis, outcome, body, reply));
    }

    /** Stops the sending threads; callbacks still queued are not sent. */
    @Override
    public void close() {
        queue.shutdownNow();
        httpThreads.shutdownNow();
    }
}

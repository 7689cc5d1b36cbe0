package dev.liveengine.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A scripted stand-in for the service on loopback: replies are queued in advance and every request
 * is recorded, so a test can check exactly what the client sent.
 */
final class FakeService implements AutoCloseable {

    record Reply(int status, String body) {
    }

    record Recorded(String method, URI uri, String body) {
        String query(String name) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (pair.substring(0, eq).equals(name)) {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Recorded> recorded = new ArrayList<>();

    FakeService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Reply reply;
            synchronized (this) {
                recorded.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), body));
                reply = replies.isEmpty() ? new Reply(500, "no reply scripted") : replies.poll();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized FakeService reply(int status, String body) {
        replies.add(new Reply(status, body));
        return this;
    }

    FakeService ok(String extraFields) {
        return reply(200, "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"RequestId\":\"Id-ok\"" + extraFields + "}");
    }

    FakeService fail(int code, String info) {
        return reply(200, "{\"ActionStatus\":\"FAIL\",\"ErrorInfo\":\"" + info + "\",\"ErrorCode\":" + code
                + ",\"RequestId\":\"Id-fail-" + code + "\"}");
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(recorded);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

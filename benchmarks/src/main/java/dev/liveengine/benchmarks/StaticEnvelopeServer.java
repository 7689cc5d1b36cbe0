package dev.liveengine.benchmarks;

import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An in-process server that answers every POST with the same OK envelope, so a client benchmark
 * measures the client and the loopback exchange, not any server-side work.
 */
final class StaticEnvelopeServer implements AutoCloseable {

    static final byte[] OK = ("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,"
            + "\"RequestId\":\"Id-8c9858f01e954611ae2d4c1b1ed7d583-O-Seq-52720\"}").getBytes(StandardCharsets.UTF_8);

    private final Undertow server;

    StaticEnvelopeServer() {
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
                    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                    ex.getResponseSender().send(ByteBuffer.wrap(OK));
                }))
                .build();
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}

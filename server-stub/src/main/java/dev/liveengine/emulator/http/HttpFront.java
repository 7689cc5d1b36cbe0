package dev.liveengine.emulator.http;

import dev.liveengine.emulator.pipeline.RequestPipeline;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of the emulator: serves the spec and its reference page on GET, and hands every
 * other request to the API pipeline, answering HTTP 200 with JSON whatever it says, as the
 * service does.
 */
public final class HttpFront implements HttpHandler {

    /** Handles one API request and returns the JSON reply. */
    public interface Api {
        /**
         * {@code rawQuery} is the query string as it arrived, still percent-encoded (null for none);
         * {@code body} is null when the request body could not be read (too large, connection lost).
         */
        RequestPipeline.Reply handle(String method, String path, String rawQuery, byte[] body);

        /**
         * Whether handling a request on this path may wait on something outside the emulator (the
         * app's answer to a "Before" webhook): such a request is handled on a worker thread, so that
         * an I/O thread never waits and the other connections it serves are not held up.
         */
        boolean mayWait(String path);
    }

    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");

    private final Api api;
    private final Map<String, StaticResource> pages;

    public HttpFront(Api api, Map<String, StaticResource> pages) {
        this.api = api;
        this.pages = Map.copyOf(pages);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        StaticResource page = pages.get(exchange.getRequestPath());
        if (page != null && exchange.getRequestMethod().equals(Methods.GET)) {
            send(exchange, page.contentType(), page.bytes());
            return;
        }
        if (exchange.getRequestContentLength() > exchange.getMaxEntitySize()) {
            refuseTooLarge(exchange);
            return;
        }
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, body) -> {
                    if (api.mayWait(ex.getRequestPath())) {
                        ex.dispatch(() -> answer(ex, handle(ex, body)));
                    } else {
                        answer(ex, handle(ex, body));
                    }
                },
                (ex, failure) -> answer(ex, handle(ex, null)));
    }

    /**
     * Answers a body announced as too large only once it has been read and thrown away: a connection
     * closed with part of the request unread is reset by the operating system, and the client may
     * then lose the answer that was already on its way.
     */
    private void refuseTooLarge(HttpServerExchange exchange) {
        exchange.setMaxEntitySize(exchange.getRequestContentLength());
        exchange.getRequestReceiver().receivePartialBytes(
                (ex, chunk, last) -> {
                    if (last) {
                        answer(ex, handle(ex, null));
                    }
                },
                (ex, failure) -> answer(ex, handle(ex, null)));
    }

    private RequestPipeline.Reply handle(HttpServerExchange exchange, byte[] body) {
        return api.handle(exchange.getRequestMethod().toString(), exchange.getRequestPath(), exchange.getQueryString(), body);
    }

    /**
     * Sends the reply, at once or after its injected delay. A delayed reply is scheduled on the I/O
     * thread's timer rather than slept on, so other connections are not held up meanwhile.
     */
    private static void answer(HttpServerExchange exchange, RequestPipeline.Reply reply) {
        if (reply.delayMillis() <= 0) {
            send(exchange, "application/json", reply.body());
            return;
        }
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                () -> send(exchange, "application/json", reply.body()), reply.delayMillis(), TimeUnit.MILLISECONDS));
    }

    private static void send(HttpServerExchange exchange, String contentType, byte[] bytes) {
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseHeaders().put(ALLOW_ORIGIN, "*");
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** A page served as-is on GET. */
    public record StaticResource(String contentType, byte[] bytes) {
    }
}

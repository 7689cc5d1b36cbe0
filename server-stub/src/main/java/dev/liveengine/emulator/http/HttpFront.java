package dev.liveengine.emulator.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.Map;

/**
 * The HTTP side of the emulator: serves the spec and its reference page on GET, and hands every
 * other request to the command handler, answering HTTP 200 with JSON whatever it says, as the
 * service does.
 */
public final class HttpFront implements HttpHandler {

    /** Handles one command request and returns the JSON reply. */
    @FunctionalInterface
    public interface Commands {
        /** {@code body} is null when the request body could not be read (too large, connection lost). */
        byte[] handle(String method, String path, Map<String, Deque<String>> query, byte[] body);
    }

    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");

    private final Commands commands;
    private final Map<String, StaticResource> pages;

    public HttpFront(Commands commands, Map<String, StaticResource> pages) {
        this.commands = commands;
        this.pages = Map.copyOf(pages);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        StaticResource page = pages.get(exchange.getRequestPath());
        if (page != null && exchange.getRequestMethod().equals(Methods.GET)) {
            send(exchange, page.contentType(), page.bytes());
            return;
        }
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, body) -> send(ex, "application/json", commands.handle(ex.getRequestMethod().toString(),
                        ex.getRequestPath(), ex.getQueryParameters(), body)),
                (ex, failure) -> send(ex, "application/json", commands.handle(ex.getRequestMethod().toString(),
                        ex.getRequestPath(), ex.getQueryParameters(), null)));
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

package dev.liveengine.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTML overview of the spec served at {@code /}: every operation with its summary, rate
 * limit and error codes, and links to the full spec. Built once from the bundled spec.
 */
public final class IndexPage {

    private IndexPage() {
    }

    public static HttpFront.StaticResource of(JsonNode spec) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(spec.at("/info/title").asText())).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}td,th{text-align:left;"
                        + "padding:.3em .6em;vertical-align:top}code{background:#f3f3f3}</style></head><body>")
                .append("<h1>").append(escape(spec.at("/info/title").asText())).append(" <small>")
                .append(escape(spec.at("/info/version").asText())).append("</small></h1>")
                .append("<p>This emulator serves the operations below. Spec: <a href=\"/openapi.yaml\">openapi.yaml</a>, ")
                .append("<a href=\"/openapi.json\">openapi.json</a>.</p>")
                .append("<table><tr><th>operation</th><th>summary</th><th>rate limit</th><th>error codes</th></tr>");
        spec.path("paths").fields().forEachRemaining(path -> {
            JsonNode operation = path.getValue().path("post");
            JsonNode limit = operation.path("x-rate-limit");
            html.append("<tr><td><code>POST ").append(escape(path.getKey())).append("</code></td><td>")
                    .append(escape(operation.path("summary").asText())).append("</td><td>")
                    .append(limit.path("requests").asInt()).append(" per ").append(limit.path("periodSeconds").asInt())
                    .append(" s</td><td>").append(escape(operation.path("x-error-codes").toString())).append("</td></tr>");
        });
        html.append("</table></body></html>");
        return new HttpFront.StaticResource("text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

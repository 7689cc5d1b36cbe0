package dev.liveengine.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API reference served at {@code /}: the Redoc page that the {@code live-engine-openapi} build
 * renders from the bundled spec ({@code redocly build-docs}) and ships in its jar as
 * {@value #RESOURCE}. The page is self-contained (Redoc, its styles and fonts are inlined), so it
 * needs no other request and works without a network.
 *
 * <p>When the openapi module was built without Node ({@code -DskipNode}) the jar has no page; the
 * emulator then serves a short note with links to the spec instead, so it still starts.
 */
public final class ReferencePage {

    /** Where the openapi jar keeps the rendered reference. */
    public static final String RESOURCE = "openapi/reference/index.html";

    private static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private ReferencePage() {
    }

    /** The rendered reference from the classpath, or the fallback note built from {@code spec}. */
    public static HttpFront.StaticResource of(JsonNode spec) {
        byte[] page = Rendered.PAGE;
        return new HttpFront.StaticResource(CONTENT_TYPE, page != null ? page : fallback(spec));
    }

    /** Whether the rendered reference is on the classpath. */
    public static boolean isRendered() {
        return Rendered.PAGE != null;
    }

    /** Read once per JVM: the page is a few MB and every emulator serves the same one. */
    private static final class Rendered {
        static final byte[] PAGE = read();

        private static byte[] read() {
            try (InputStream in = ReferencePage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE, e);
            }
        }
    }

    private static byte[] fallback(JsonNode spec) {
        String title = escape(spec.at("/info/title").asText("Live Engine API")) + " " + escape(spec.at("/info/version").asText());
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
                + "<title>" + title + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:2em auto\">"
                + "<h1>" + title + "</h1>"
                + "<p>The API reference was not rendered: the <code>live-engine-openapi</code> jar on the classpath was built "
                + "without Node (<code>-DskipNode</code>). Build it with Node 20 or later to get the reference here.</p>"
                + "<p>The spec: <a href=\"/openapi.yaml\">openapi.yaml</a>, <a href=\"/openapi.json\">openapi.json</a>.</p>"
                + "</body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

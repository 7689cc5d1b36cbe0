package dev.liveengine.client.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The spec's error-code table, read from the bundled spec that ships in the
 * {@code live-engine-openapi} jar, so that the client and the spec cannot disagree on a code.
 */
public final class ErrorCatalog {

    static final String SPEC_RESOURCE = "/openapi/live-engine.json";

    private static final class Loaded {
        static final Map<Integer, ErrorCategory> CATEGORIES = load();
    }

    private ErrorCatalog() {
    }

    /** The category of {@code code}, or {@link ErrorCategory#UNKNOWN} when the spec does not list it. */
    public static ErrorCategory categoryOf(int code) {
        return Loaded.CATEGORIES.getOrDefault(code, ErrorCategory.UNKNOWN);
    }

    private static Map<Integer, ErrorCategory> load() {
        try (InputStream in = ErrorCatalog.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is missing from the classpath");
            }
            JsonNode table = new ObjectMapper().readTree(in)
                    .path("components").path("schemas").path("ErrorCode").path("x-error-codes");
            Map<Integer, ErrorCategory> categories = new HashMap<>();
            table.forEach(entry -> categories.put(entry.path("code").asInt(),
                    ErrorCategory.fromSpecName(entry.path("category").asText())));
            if (categories.isEmpty()) {
                throw new IllegalStateException("the spec's error-code table is empty");
            }
            return Map.copyOf(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.error.ErrorCatalog;
import dev.liveengine.client.error.ErrorCategory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written parts that mirror the spec (regions, error categories) agree with it. */
class SpecAgreementTest {

    private static JsonNode spec() throws IOException {
        try (InputStream in = SpecAgreementTest.class.getResourceAsStream("/openapi/live-engine.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void regionsAreExactlyTheSpecsServers() throws IOException {
        Set<String> servers = new HashSet<>();
        spec().path("servers").forEach(server -> servers.add(server.path("url").asText()));
        assertEquals(servers, Arrays.stream(Region.values()).map(Region::baseUrl).collect(Collectors.toSet()));
    }

    @Test
    void everyCodeOfTheSpecsTableHasItsCategory() throws IOException {
        JsonNode table = spec().at("/components/schemas/ErrorCode/x-error-codes");
        assertNotEquals(0, table.size());
        for (JsonNode entry : table) {
            assertEquals(ErrorCategory.fromSpecName(entry.path("category").asText()),
                    ErrorCatalog.categoryOf(entry.path("code").asInt()), "code " + entry.path("code"));
        }
        assertEquals(ErrorCategory.UNKNOWN, ErrorCatalog.categoryOf(999_999));
    }
}

package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Swagger Parser accepts the split sources, the bundle and the emulator's control API, and the
 * bundle stands alone.
 */
class SpecParsesCleanlyTest {

    private static final List<String> REGIONAL_HOSTS = List.of(
            "https://console.tim.qq.com",
            "https://adminapisgp.im.qcloud.com",
            "https://adminapiusa.im.qcloud.com",
            "https://adminapiidn.im.qcloud.com");

    @Test
    void splitSourcesParseWithoutMessages() {
        assertParsesCleanly(SpecFiles.specRoot());
    }

    @Test
    void bundleParsesWithoutMessages() {
        assertParsesCleanly(SpecFiles.builtBundle());
    }

    /** The emulator's control API, as the jar carries it, in both forms. */
    @ParameterizedTest
    @ValueSource(strings = {"emulator-control.yaml", "emulator-control.json"})
    void controlSpecParsesWithoutMessages(String file) {
        assertParsesCleanly(SpecFiles.built(file));
    }

    @Test
    void bundleHasOnlyLocalReferences() {
        List<String> external = new ArrayList<>();
        SpecFiles.forEachValueOf("$ref", SpecFiles.bundle(), ref -> {
            if (!ref.asText().startsWith("#/")) {
                external.add(ref.asText());
            }
        });
        assertEquals(List.of(), external, "the bundle must not point outside itself");
    }

    @Test
    void bundleListsTheFourRegionalHosts() {
        List<String> urls = new ArrayList<>();
        SpecFiles.bundle().path("servers").forEach(server -> urls.add(server.path("url").asText()));
        assertTrue(urls.containsAll(REGIONAL_HOSTS), () -> "servers " + urls + " lack one of " + REGIONAL_HOSTS);
        for (String url : urls) {
            URI uri = URI.create(url);
            // operation paths already start with /v4, so a server must not add a base path
            assertTrue("https".equals(uri.getScheme()) && uri.getPath().isEmpty(),
                    () -> "server " + url + " must be a bare https origin");
        }
    }

    private static void assertParsesCleanly(Path location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location.toString(), null, options);
        assertNotNull(result.getOpenAPI(), () -> location + " did not parse: " + result.getMessages());
        assertEquals(List.of(), result.getMessages(), () -> "parser messages for " + location);
    }
}

package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.Spec;
import dev.liveengine.polyglot.support.TypeScriptBuild;
import io.swagger.v3.core.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeScript webhook helper (src/main/ts/webhooks.ts, shipped as {@code @live-engine/client/webhooks})
 * against the documented signature vector and the spec's sample of every webhook: src/test/ts/webhook-vector.ts
 * makes the checks. The live delivery from the emulator is {@link TypeScriptScenarioTest}'s.
 */
class TypeScriptWebhookHelperTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theDocumentedVectorIsSha256OfTokenAndRequestTime() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("xxxxyyyy1669872112".getBytes(StandardCharsets.UTF_8));
        assertEquals("17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061", HexFormat.of().formatHex(digest));
    }

    @Test
    void helperPassesTheVectorAndParsesEveryWebhookSample(@TempDir Path temporary) throws Exception {
        ObjectNode samples = Json.mapper().createObjectNode();
        JsonNode webhooks = Json.mapper().valueToTree(Spec.openApi().getExtensions().get("x-webhooks"));
        webhooks.fields().forEachRemaining(webhook -> {
            JsonNode examples = webhook.getValue().path("post").path("requestBody").path("content")
                    .path("application/json").path("examples");
            assertTrue(examples.size() > 0, () -> webhook.getKey() + " has no sample event in the spec");
            samples.set(webhook.getKey(), examples.elements().next().path("value"));
        });
        assertEquals(18, samples.size(), "the spec's x-webhooks");
        Path file = temporary.resolve("webhook-samples.json");
        Files.writeString(file, samples.toString());

        ExternalProcess.Result run = TypeScriptBuild.node(TypeScriptBuild.compiled("webhook-vector.js"), TIMEOUT,
                Map.of("WEBHOOK_EXAMPLES", file.toString()));

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.output().contains("parsed the sample of each of the " + samples.size() + " webhooks"), run::describe);
        assertTrue(run.output().contains("VECTOR PASSED"), run::describe);
    }
}

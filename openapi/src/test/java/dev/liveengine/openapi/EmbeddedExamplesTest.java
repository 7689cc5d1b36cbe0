package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.Operation;
import dev.liveengine.openapi.SpecFiles.WebhookOperation;
import dev.liveengine.openapi.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example the bundle carries inline, in its paths and its webhooks, is valid by the bundle's own schemas. */
class EmbeddedExamplesTest {

    private static final String JSON = "application/json";

    /**
     * One example value of the bundle: where it sits, and the payload. For a webhook, {@code path} is
     * its path in {@link SpecValidator#webhooks()} and {@code webhook} its command word.
     */
    record Embedded(String path, String webhook, boolean request, String name, JsonNode value) {
        @Override
        public String toString() {
            return (webhook == null ? path : webhook) + (request ? " request " : " response ") + name;
        }
    }

    static List<Embedded> examples() {
        List<Embedded> examples = new ArrayList<>();
        for (Operation op : SpecFiles.operations()) {
            collect(op.path(), null, op.node(), examples);
        }
        for (WebhookOperation webhook : SpecFiles.webhooks()) {
            collect(SpecValidator.webhookPath(webhook.callbackCommand()), webhook.callbackCommand(), webhook.node(), examples);
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsValid(Embedded example) {
        assertTrue(example.value() != null && !example.value().isMissingNode(),
                () -> example + " has no value; the bundler should have inlined its externalValue");
        String body = example.value().toString();
        SpecValidator validator = example.webhook() == null ? SpecValidator.bundled() : SpecValidator.webhooks();
        List<String> problems = example.request()
                ? validator.requestProblems(example.path(), example.webhook() == null ? SpecValidator.validCommonQuery()
                        : SpecValidator.validWebhookQuery(example.webhook()), body)
                : validator.responseProblems(example.path(), body);
        assertEquals(List.of(), problems, example::toString);
    }

    private static void collect(String path, String webhook, JsonNode operation, List<Embedded> into) {
        collect(path, webhook, true, operation.path("requestBody").path("content").path(JSON), into);
        collect(path, webhook, false, operation.path("responses").path("200").path("content").path(JSON), into);
    }

    private static void collect(String path, String webhook, boolean request, JsonNode media, List<Embedded> into) {
        if (media.has("example")) {
            into.add(new Embedded(path, webhook, request, "example", media.get("example")));
        }
        SpecFiles.forEachField(media.path("examples"),
                (name, example) -> into.add(new Embedded(path, webhook, request, name, example.get("value"))));
    }
}

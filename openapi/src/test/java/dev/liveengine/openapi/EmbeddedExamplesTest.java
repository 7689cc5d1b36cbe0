package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.Operation;
import dev.liveengine.openapi.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example the bundle carries inline is valid by the bundle's own schemas. */
class EmbeddedExamplesTest {

    private static final String JSON = "application/json";

    /** One example value of the bundle: where it sits, and the payload. */
    record Embedded(String path, boolean request, String name, JsonNode value) {
        @Override
        public String toString() {
            return path + (request ? " request " : " response ") + name;
        }
    }

    static List<Embedded> examples() {
        List<Embedded> examples = new ArrayList<>();
        for (Operation op : SpecFiles.operations()) {
            collect(op.path(), true, op.node().path("requestBody").path("content").path(JSON), examples);
            collect(op.path(), false, op.node().path("responses").path("200").path("content").path(JSON), examples);
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleIsValid(Embedded example) {
        assertTrue(example.value() != null && !example.value().isMissingNode(),
                () -> example + " has no value; the bundler should have inlined its externalValue");
        String body = example.value().toString();
        SpecValidator validator = SpecValidator.bundled();
        List<String> problems = example.request()
                ? validator.requestProblems(example.path(), SpecValidator.validCommonQuery(), body)
                : validator.responseProblems(example.path(), body);
        assertEquals(List.of(), problems, example::toString);
    }

    private static void collect(String path, boolean request, JsonNode media, List<Embedded> into) {
        if (media.has("example")) {
            into.add(new Embedded(path, request, "example", media.get("example")));
        }
        SpecFiles.forEachField(media.path("examples"),
                (name, example) -> into.add(new Embedded(path, request, name, example.get("value"))));
    }
}

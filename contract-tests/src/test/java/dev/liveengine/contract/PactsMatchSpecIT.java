package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Interaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecValidator;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every interaction of every pact must be valid against the spec, in both directions, so the pacts
 * (and the client that wrote them) cannot drift away from the contract; and the pacts must cover
 * each reply example of the spec exactly once, so none is left out and none is stale.
 */
class PactsMatchSpecIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPactInteractionIsValidAgainstTheSpecAndTheyCoverEveryReplyExample() throws JsonProcessingException {
        File[] pacts = new File(System.getProperty("pact.rootDir", "target/pacts")).listFiles((dir, name) -> name.endsWith(".json"));
        assertTrue(pacts != null && pacts.length > 0, "no pact files were written");
        List<String> problems = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (File file : pacts) {
            for (Interaction interaction : DefaultPactReader.INSTANCE.loadPact(file).getInteractions()) {
                V4Interaction.SynchronousHttp http = (V4Interaction.SynchronousHttp) interaction;
                HttpRequest request = http.getRequest();
                Map<String, String> query = new HashMap<>();
                request.getQuery().forEach((name, values) -> query.put(name, values.get(0)));
                String response = http.getResponse().getBody().valueAsString();
                SpecValidator.bundled().requestProblems(request.getPath(), query, request.getBody().valueAsString())
                        .forEach(p -> problems.add(interaction.getDescription() + " (request): " + p));
                SpecValidator.bundled().responseProblems(request.getPath(), response)
                        .forEach(p -> problems.add(interaction.getDescription() + " (response): " + p));
                covered.add(replyExample(request.getPath(), JSON.readTree(response)));
            }
        }
        assertEquals(List.of(), problems);
        List<String> expected = SpecExamples.operations().stream()
                .flatMap(operation -> operation.responseExamples().keySet().stream().map(name -> operation.path() + " " + name))
                .sorted()
                .toList();
        assertEquals(expected, covered.stream().sorted().toList(), "the pacts must hold each reply example once");
    }

    /** {@code <path> <name>} of the reply example of that path whose body the interaction expects. */
    private static String replyExample(String path, JsonNode response) {
        return SpecExamples.operations().stream()
                .filter(operation -> operation.path().equals(path))
                .flatMap(operation -> operation.responseExamples().values().stream())
                .filter(example -> ReplyRules.expectedReply(example.value()).equals(response))
                .map(example -> path + " " + example.name())
                .findFirst()
                .orElse(path + " with a reply that is no example: " + response);
    }
}

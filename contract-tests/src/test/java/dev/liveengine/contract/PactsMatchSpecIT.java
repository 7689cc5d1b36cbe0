package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Interaction;
import dev.liveengine.openapi.testing.SpecValidator;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every interaction of every pact must be valid against the spec, in both directions, so the
 * pacts (and the client that wrote them) cannot drift away from the contract.
 */
class PactsMatchSpecIT {

    @Test
    void everyPactInteractionIsValidAgainstTheSpec() {
        File[] pacts = new File(System.getProperty("pact.rootDir", "target/pacts")).listFiles((dir, name) -> name.endsWith(".json"));
        assertTrue(pacts != null && pacts.length > 0, "no pact files were written");
        List<String> problems = new ArrayList<>();
        Set<String> covered = new HashSet<>();
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
                covered.add(request.getPath() + (response.contains("\"FAIL\"") ? " FAIL" : " OK"));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(8, covered.size(), "each command once succeeding and once failing: " + covered);
    }
}

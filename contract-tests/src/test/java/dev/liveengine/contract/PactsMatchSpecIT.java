package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Interaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecValidator;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every interaction of every pact must be valid against the spec, so the pacts (and the client that
 * wrote them) cannot drift away from the contract; and the pacts must cover each example of the spec
 * they are written from exactly once, so none is left out and none is stale. The HTTP interactions
 * are checked in both directions against their operation and cover the reply examples; the message
 * interactions, the webhooks, are checked as the request the service sends to the app (their
 * contents as the body, their metadata as the query, see {@link WebhookMessages#query}) against the
 * webhook's entry in {@code x-webhooks} and cover the webhooks' event examples.
 */
class PactsMatchSpecIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Interaction> interactions = new ArrayList<>();

    @BeforeAll
    static void readPacts() {
        File[] pacts = new File(System.getProperty("pact.rootDir", "target/pacts")).listFiles((dir, name) -> name.endsWith(".json"));
        assertTrue(pacts != null && pacts.length > 0, "no pact files were written");
        for (File file : pacts) {
            interactions.addAll(DefaultPactReader.INSTANCE.loadPact(file).getInteractions());
        }
    }

    @Test
    void everyInteractionIsAnHttpInteractionOrAWebhookMessage() {
        assertEquals(List.of(), interactions.stream()
                .filter(interaction -> !(interaction instanceof V4Interaction.SynchronousHttp
                        || interaction instanceof V4Interaction.AsynchronousMessage))
                .map(interaction -> interaction.getDescription() + " is a " + interaction.getClass().getSimpleName())
                .toList());
    }

    @Test
    void everyHttpInteractionIsValidAgainstTheSpecAndTheyCoverEveryReplyExample() throws JsonProcessingException {
        List<String> problems = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Interaction interaction : interactions) {
            if (!(interaction instanceof V4Interaction.SynchronousHttp http)) {
                continue;
            }
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
        assertEquals(List.of(), problems);
        List<String> expected = SpecExamples.operations().stream()
                .flatMap(operation -> operation.responseExamples().keySet().stream().map(name -> operation.path() + " " + name))
                .sorted()
                .toList();
        assertEquals(expected, covered.stream().sorted().toList(), "the pacts must hold each reply example once");
    }

    @Test
    void everyWebhookMessageIsValidAgainstTheSpecAndTheyCoverEveryEventExample() throws JsonProcessingException {
        List<String> problems = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Interaction interaction : interactions) {
            if (!(interaction instanceof V4Interaction.AsynchronousMessage message)) {
                continue;
            }
            String command = WebhookInteraction.callbackCommandOf(message);
            String description = command + " (" + message.getDescription() + ")";
            Map<String, String> query = WebhookMessages.query(message.getContents().getMetadata());
            String contents = message.getContents().getContents().valueAsString();
            if (!command.equals(query.get(WebhookMessages.CALLBACK_COMMAND))) {
                problems.add(description + ": its metadata give the CallbackCommand " + query.get(WebhookMessages.CALLBACK_COMMAND));
            }
            SpecValidator.webhooks().requestProblems(SpecValidator.webhookPath(command), query, contents)
                    .forEach(p -> problems.add(description + ": " + p));
            covered.add(eventExample(command, JSON.readTree(contents)));
        }
        assertEquals(List.of(), problems);
        List<String> expected = SpecExamples.webhooks().stream()
                .flatMap(webhook -> webhook.requestExamples().keySet().stream().map(name -> webhook.callbackCommand() + " " + name))
                .sorted()
                .toList();
        assertEquals(expected, covered.stream().sorted().toList(), "the pacts must hold each webhook's event example once");
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

    /** {@code <command> <name>} of the event example of that webhook whose required part the message holds. */
    private static String eventExample(String callbackCommand, JsonNode contents) {
        SpecExamples.Webhook webhook = SpecExamples.webhook(callbackCommand);
        return webhook.requestExamples().values().stream()
                .filter(example -> WebhookMessages.expectedEvent(new WebhookInteraction(webhook, example)).equals(contents))
                .map(example -> callbackCommand + " " + example.name())
                .findFirst()
                .orElse(callbackCommand + " with an event that is no example: " + contents);
    }
}

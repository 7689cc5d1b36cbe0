package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.WebhookOperation;
import dev.liveengine.openapi.testing.WebhookNames;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of the webhooks ({@code x-webhooks}), in the bundle and in the sources: the
 * layout that finds a webhook by its command word, the names derived from it, the query parameters
 * the service adds, the event body and the reply. The service posts webhooks, so none of the
 * operation rules about rate limits, error codes or credentials apply.
 */
class WebhookRulesTest {

    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";
    /** The query parameters the service adds to every webhook URL, besides the event's own CallbackCommand. */
    private static final List<String> SHARED_PARAMETERS = List.of("#/components/parameters/ContentType",
            "#/components/parameters/WebhookClientIp", "#/components/parameters/WebhookOptPlatform",
            "#/components/parameters/WebhookRequestTime", "#/components/parameters/WebhookSdkAppid",
            "#/components/parameters/WebhookSign");
    /** The command word of the callback configuration that is a switch, not an event. */
    private static final String NOT_BLOCK_SWITCH = "Live.CallbackBeforeCallBackNotBlock";

    static List<WebhookOperation> webhooks() {
        return SpecFiles.webhooks();
    }

    static List<String> sourceCommandWords() {
        List<String> words = new ArrayList<>();
        SpecFiles.readYaml(SpecFiles.specRoot()).path("x-webhooks").fieldNames().forEachRemaining(words::add);
        return words;
    }

    @Test
    void theBundleHasWebhooks() {
        assertFalse(webhooks().isEmpty(), "no x-webhooks in the bundle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void keyIsACommandWordWithOnlyAPost(WebhookOperation webhook) {
        assertTrue(WebhookNames.COMMAND_WORD.matcher(webhook.callbackCommand()).matches(),
                () -> webhook + " is not <Service>.Callback<Before|After><Name>");
        assertEquals("post", webhook.method(), () -> webhook + " may only have a post operation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void operationIdIsTheCommandWordInLowerCamelCase(WebhookOperation webhook) {
        assertEquals(WebhookNames.operationId(webhook.callbackCommand()), webhook.node().path("operationId").asText(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void hasOneEventsTagSummaryDescriptionAndVendorDocs(WebhookOperation webhook) {
        JsonNode tags = webhook.node().path("tags");
        assertEquals(1, tags.size(), "exactly one tag");
        assertTrue(tags.get(0).asText().endsWith("Events"), () -> tags.get(0) + " is not a webhook tag (<Area>Events)");
        Set<String> defined = new HashSet<>();
        SpecFiles.bundle().path("tags").forEach(tag -> defined.add(tag.path("name").asText()));
        assertTrue(defined.contains(tags.get(0).asText()), () -> tags.get(0) + " is not among the root tags");
        assertFalse(webhook.node().path("summary").asText("").isBlank(), "summary");
        assertFalse(webhook.node().path("description").asText("").isBlank(), "description");
        String url = webhook.node().path("externalDocs").path("url").asText("");
        assertTrue(URI.create(url).isAbsolute(), () -> "externalDocs.url must be an absolute URL, is '" + url + "'");
    }

    /**
     * {@code x-triggered-by} lists the commands whose success makes the service send the webhook:
     * operationIds of the spec, each once. The emulator reads it to know which commands ask the app
     * first ("Before" webhooks), and its tests call each command listed to see the webhook arrive.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void namesTheCommandsThatCauseIt(WebhookOperation webhook) {
        JsonNode triggers = webhook.node().path("x-triggered-by");
        assertTrue(triggers.isArray(), "x-triggered-by is required: a list of operationIds, empty when no command causes it");
        Set<String> operationIds = new HashSet<>();
        SpecFiles.bundle().path("paths").forEach(path -> operationIds.add(path.path("post").path("operationId").asText()));
        Set<String> seen = new HashSet<>();
        triggers.forEach(trigger -> {
            assertTrue(operationIds.contains(trigger.asText()), () -> trigger + " is not an operationId of the spec");
            assertTrue(seen.add(trigger.asText()), () -> trigger + " is listed twice");
        });
        if (webhook.callbackCommand().contains(".CallbackBefore")) {
            assertFalse(triggers.isEmpty(), "a \"Before\" webhook asks before some command acts: name it");
        }
    }

    /** The service calls the app, not the other way round: no credentials, limits or error codes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void carriesNoneOfTheCommandExtensionsAndNoCredentials(WebhookOperation webhook) {
        JsonNode security = webhook.node().path("security");
        assertTrue(security.isArray() && security.isEmpty(),
                "security must be [], so that the root's credentials do not apply to a webhook");
        for (String key : List.of("x-rate-limit", "x-idempotent", "x-error-codes")) {
            assertFalse(webhook.node().has(key), () -> key + " belongs to operations of the service, not to webhooks");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void parametersAreTheSharedOnesAndItsOwnCallbackCommand(WebhookOperation webhook) {
        List<String> refs = new ArrayList<>();
        List<JsonNode> inline = new ArrayList<>();
        for (JsonNode parameter : webhook.node().path("parameters")) {
            if (parameter.has("$ref")) {
                assertEquals(1, parameter.size(), () -> "parameter " + parameter + " must be a bare $ref");
                refs.add(parameter.path("$ref").asText());
            } else {
                inline.add(parameter);
            }
        }
        assertEquals(SHARED_PARAMETERS, refs.stream().sorted().collect(Collectors.toList()));
        assertEquals(1, inline.size(), "one parameter of its own: CallbackCommand");
        JsonNode command = inline.get(0);
        assertEquals("CallbackCommand", command.path("name").asText());
        assertEquals("query", command.path("in").asText());
        assertTrue(command.path("required").asBoolean(false), "CallbackCommand is required");
        assertEquals(List.of(webhook.callbackCommand()), texts(command.path("schema").path("enum")),
                "the CallbackCommand parameter's enum is exactly the webhook's command word");
        assertFalse(command.path("description").asText("").isBlank(), "CallbackCommand needs a description");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void bodyIsItsEventSchemaNamingItsCommandWord(WebhookOperation webhook) {
        JsonNode body = webhook.node().path("requestBody");
        assertTrue(body.path("required").asBoolean(false), "requestBody.required must be true");
        assertEquals(List.of(JSON), fieldNames(body.path("content")), "the event is JSON");
        String event = WebhookNames.pascal(webhook.callbackCommand()) + "Event";
        assertEquals(SCHEMAS + event, body.path("content").path(JSON).path("schema").path("$ref").asText(),
                () -> "the event's schema must be the component " + event);
        JsonNode schema = SpecFiles.bundle().path("components").path("schemas").path(event);
        assertEquals(List.of(webhook.callbackCommand()), texts(schema.path("properties").path("CallbackCommand").path("enum")),
                () -> event + ".CallbackCommand must be an enum of exactly " + webhook.callbackCommand());
        assertTrue(texts(schema.path("required")).contains("CallbackCommand"), () -> event + " must require CallbackCommand");
        assertTrue(body.path("content").path(JSON).path("examples").has("recorded"),
                "the event needs the vendor's sample as the example named recorded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void replyIsJsonOfTheRightSchemaWithExamples(WebhookOperation webhook) {
        JsonNode responses = webhook.node().path("responses");
        assertEquals(List.of("200"), fieldNames(responses), "responses");
        JsonNode content = responses.path("200").path("content");
        assertEquals(List.of(JSON), fieldNames(content), "the reply is JSON");
        String reply = WebhookNames.decides(webhook.callbackCommand())
                ? WebhookNames.pascal(webhook.callbackCommand()) + "Reply" : "WebhookReply";
        assertEquals(SCHEMAS + reply, content.path(JSON).path("schema").path("$ref").asText(),
                () -> "the reply's schema must be " + reply);
        assertTrue(content.path(JSON).path("examples").size() > 0, "at least one reply example");
    }

    /** A Before webhook holds up the gift or message: its description must say for how long. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("webhooks")
    void aDecidingWebhookStatesItsTimeout(WebhookOperation webhook) {
        if (WebhookNames.decides(webhook.callbackCommand())) {
            assertTrue(webhook.node().path("description").asText().contains("2 seconds"),
                    "the description must state the 2 seconds the service waits");
        }
    }

    @Test
    void theGiftCheckNamesItsNonBlockingSwitch() {
        JsonNode gift = SpecFiles.bundle().path("x-webhooks").path("Live.CallbackBeforeSendGift").path("post");
        assertTrue(gift.path("description").asText().contains(NOT_BLOCK_SWITCH), () -> "the description must explain "
                + NOT_BLOCK_SWITCH);
        assertTrue(SpecFiles.bundle().path("components").path("schemas").path("CallbackCommand").path("description")
                .asText().contains(NOT_BLOCK_SWITCH), () -> "CallbackCommand's description must explain " + NOT_BLOCK_SWITCH);
    }

    /** The configuration switches on exactly the webhooks there are, plus the one switch. */
    @Test
    void theCallbackConfigurationKnowsEveryWebhookAndNothingElse() {
        Set<String> configurable = new TreeSet<>(texts(SpecFiles.bundle().path("components").path("schemas")
                .path("CallbackCommand").path("enum")));
        Set<String> expected = webhooks().stream().map(WebhookOperation::callbackCommand)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add(NOT_BLOCK_SWITCH);
        assertEquals(expected, configurable);
    }

    @Test
    void webhooksReferOnlyToComponents() {
        List<String> other = new ArrayList<>();
        SpecFiles.forEachValueOf("$ref", SpecFiles.bundle().path("x-webhooks"), ref -> {
            if (!ref.asText().startsWith("#/components/")) {
                other.add(ref.asText());
            }
        });
        assertEquals(List.of(), other, "x-webhooks may only point into #/components");
    }

    // --- the layout of the sources ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourceCommandWords")
    void sourceWebhookIsARefToItsEventFile(String commandWord) {
        JsonNode item = SpecFiles.readYaml(SpecFiles.specRoot()).path("x-webhooks").path(commandWord);
        assertEquals(List.of("$ref"), fieldNames(item), "the root's webhook entry must be only a $ref");
        String file = WebhookNames.eventFile(commandWord);
        String ref = item.path("$ref").asText();
        assertTrue(ref.matches("webhooks/[a-z][a-z0-9-]*/" + Pattern.quote(file) + "\\.yaml"),
                () -> commandWord + " must point to webhooks/<area>/" + file + ".yaml, not " + ref);
        Path source = SpecFiles.specDir().resolve(ref);
        assertTrue(Files.isRegularFile(source), () -> ref + " does not exist");
        String event = "models/" + WebhookNames.pascal(commandWord) + "Event.yaml";
        assertEquals(event, SpecFiles.readYaml(source).path("post").path("requestBody").path("content").path(JSON)
                .path("schema").path("$ref").asText(), () -> ref + " must take its body from " + event);
    }

    @Test
    void everyWebhookFileIsUsedAndNothingElseLivesThere() {
        Set<Path> referenced = new HashSet<>();
        SpecFiles.readYaml(SpecFiles.specRoot()).path("x-webhooks")
                .forEach(item -> referenced.add(SpecFiles.specDir().resolve(item.path("$ref").asText()).normalize()));
        Path webhooks = SpecFiles.specDir().resolve("webhooks");
        for (Path file : SpecFiles.filesUnder(webhooks)) {
            Path relative = webhooks.relativize(file);
            assertTrue(relative.getNameCount() == 2 || relative.getNameCount() == 3
                            && Set.of("models", "examples").contains(relative.getName(1).toString()),
                    () -> file + " is not webhooks/<area>/<event-file>.yaml, .../models/ or .../examples/");
            if (relative.getNameCount() == 2) {
                assertTrue(referenced.contains(file.normalize()), () -> file + " is not referenced from the root's x-webhooks");
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

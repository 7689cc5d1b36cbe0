package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.liveengine.openapi.testing.OperationIds;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Direction;
import dev.liveengine.openapi.testing.SpecExamples.Example;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.openapi.testing.SpecExamples.Webhook;
import dev.liveengine.openapi.testing.SpecValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files under {@code spec/resources/<group>/examples} and
 * {@code spec/webhooks/<area>/examples}: recorded doc payloads, their verbatim originals when those
 * are not JSON, and the project's own FAIL envelopes and webhook replies. Which file belongs to which
 * operation or webhook is what the spec's {@code externalValue}s say (through {@link SpecExamples}),
 * never what a file name suggests. A webhook's files are named after its event file
 * ({@code after_create_room}) as a command's are after the command; its event is the request, your
 * server's answer the response.
 */
class RecordedPayloadsTest {

    private static final String DOC_SUFFIX = ".doc.txt";
    private static final String JSON_SUFFIX = ".json";
    private static final String KEBAB = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** The example that is the vendor's own payload; the project's variants are named by their slug. */
    private static final String RECORDED = "recorded";

    /** What the vendor pages get wrong in otherwise readable payloads, and nothing more. */
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * The other liberty the pages take: a {@code ...} after the comma of an array entry, standing for
     * the entries left out ({@code {...},...{...}}). Only an elision between a comma and the start of
     * the next value (or the end of the array) counts, so a {@code ...} inside a string stays as it is.
     */
    private static final Pattern ELISION = Pattern.compile(",\\s*\\.\\.\\.\\s*(?=[\\[\\]{\"0-9-])");

    /**
     * And a comma left out between members: a closing bracket followed, after blanks or a line break,
     * by the name of the next member, as in a {@code RoomInfo} object closed on one line and
     * {@code "EventTime": ...} on the next. Outside a string, JSON never has a closing bracket followed
     * by a string, so this only reads what the page meant.
     */
    private static final Pattern MISSING_COMMA = Pattern.compile("([}\\]])(\\s+)(?=\"[^\"\\\\]*\"\\s*:)");

    /** An operation or a webhook, with what its example files must satisfy. */
    record Slice(String name, Path sourceFile, String fileStem, List<Example> examples,
                 BiFunction<Example, String, List<String>> validation) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every operation, then every webhook. */
    static List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        for (Operation op : SpecExamples.operations()) {
            slices.add(new Slice(op.operationId(), op.sourceFile(), op.command(), op.examples().toList(),
                    (example, body) -> example.direction() == Direction.REQUEST
                            ? SpecValidator.bundled().requestProblems(op.path(), SpecValidator.validCommonQuery(), body)
                            : SpecValidator.bundled().responseProblems(op.path(), body)));
        }
        for (Webhook webhook : SpecExamples.webhooks()) {
            String path = SpecValidator.webhookPath(webhook.callbackCommand());
            slices.add(new Slice(webhook.callbackCommand(), webhook.sourceFile(), webhook.eventFile(),
                    webhook.examples().toList(),
                    (example, body) -> example.direction() == Direction.REQUEST
                            ? SpecValidator.webhooks().requestProblems(path,
                                    SpecValidator.validWebhookQuery(webhook.callbackCommand()), body)
                            : SpecValidator.webhooks().responseProblems(path, body)));
        }
        return slices;
    }

    /** Every file in an {@code examples} folder of the sources, whether the spec names it or not. */
    static List<Path> exampleFiles() {
        return Stream.of("resources", "webhooks")
                .flatMap(dir -> SpecFiles.filesUnder(SpecFiles.specDir().resolve(dir)).stream())
                .filter(file -> file.getParent().getFileName().toString().equals("examples"))
                .collect(Collectors.toList());
    }

    static List<Path> docFiles() {
        return exampleFiles().stream().filter(file -> name(file).endsWith(DOC_SUFFIX)).collect(Collectors.toList());
    }

    static List<Path> jsonFiles() {
        return exampleFiles().stream().filter(file -> name(file).endsWith(JSON_SUFFIX)).collect(Collectors.toList());
    }

    /** Every example of every operation and webhook, with its owner. */
    static Stream<Arguments> examples() {
        return slices().stream().flatMap(slice -> slice.examples().stream().map(example -> Arguments.of(slice, example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void fileIsNamedCommandDirectionAndKind(Path file) {
        String name = name(file);
        assertTrue(name.endsWith(DOC_SUFFIX) || name.endsWith(JSON_SUFFIX),
                () -> name + " is neither a .json payload nor a .doc.txt original");
        assertTrue(name.matches("[a-z][a-z0-9_]*\\.(request|response)(\\." + KEBAB + ")?(\\.doc\\.txt|\\.json)"),
                () -> name + " is not <command>.<request|response>[.<slug>].json (or .doc.txt)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void externalValueNamesTheOperationsOwnFile(Slice op, Example example) {
        Path file = fileOf(op, example);
        Path examplesDir = op.sourceFile().resolveSibling("examples");
        assertEquals(examplesDir, file.getParent(), () -> file + " is not in the examples folder beside " + op.sourceFile());
        Matcher name = Pattern.compile(Pattern.quote(op.fileStem()) + "\\." + example.direction().word()
                + "(?:\\.(" + KEBAB + "))?\\.json").matcher(name(file));
        assertTrue(name.matches(), () -> "the " + example.direction().word() + " example " + example.name() + " of "
                + op + " is " + name(file) + ", not " + op.fileStem() + "." + example.direction().word()
                + "[.<slug>].json");
        // the slug in lowerCamelCase is the example's key, as in EXTENSIONS.md
        String key = Optional.ofNullable(name.group(1)).map(slug -> OperationIds.of(slug.replace('-', '_'))).orElse(RECORDED);
        assertEquals(key, example.name(), () -> name(file) + " must be the example named " + key);
        assertTrue(Files.isRegularFile(file), () -> op.sourceFile() + " names " + file + ", which does not exist");
    }

    @Test
    void everyExampleFileIsNamedByAnOperation() {
        Set<Path> named = slices().stream()
                .flatMap(slice -> slice.examples().stream())
                .flatMap(example -> example.file().stream())
                .collect(Collectors.toSet());
        Set<Path> orphans = exampleFiles().stream()
                .filter(file -> !named.contains(jsonTwinOf(file).toAbsolutePath().normalize()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(named.isEmpty(), "no operation names an example file");
        assertEquals(Set.of(), orphans,
                "example files that no operation or webhook names (a .doc.txt counts through its .json twin)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docFiles")
    void docOriginalIsNotJsonButReadsAsItsTwin(Path original) throws Exception {
        String text = SpecFiles.readString(original);
        assertThrows(JsonProcessingException.class, () -> SpecFiles.STRICT_JSON.readTree(text),
                () -> original + " is valid JSON; record it as the .json file itself");
        Path twin = jsonTwinOf(original);
        assertTrue(Files.isRegularFile(twin), () -> original + " has no normalized twin " + twin.getFileName());
        JsonNode lenient = readLeniently(text);
        assertEquals(SpecFiles.STRICT_JSON.readTree(twin.toFile()), lenient,
                () -> twin.getFileName() + " must hold exactly what " + original.getFileName() + " says");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFiles")
    void jsonFileIsValidJson(Path file) {
        assertDoesNotThrow(() -> SpecFiles.STRICT_JSON.readTree(file.toFile()), () -> file + " is not valid JSON");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void payloadValidatesAgainstItsOperation(Slice op, Example example) {
        Path file = fileOf(op, example);
        List<String> problems = op.validation().apply(example, SpecFiles.readString(file));
        assertEquals(List.of(), problems, () -> file.getFileName() + " does not fit " + op);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void bundleCarriesTheFileAsItsValue(Slice op, Example example) throws Exception {
        Path file = fileOf(op, example);
        assertEquals(SpecFiles.STRICT_JSON.readTree(file.toFile()), example.value(),
                () -> "the bundle's value of " + op + " " + example.name() + " is not " + file.getFileName());
    }

    @Test
    void elisionStandsForLeftOutEntriesOnly() throws Exception {
        String printed = "{\"a\": [{\"b\": 1},\n...\n{\"b\": 2},...], \"c\": \"x,...y\"}";
        assertEquals(SpecFiles.STRICT_JSON.readTree("{\"a\": [{\"b\": 1}, {\"b\": 2}], \"c\": \"x,...y\"}"),
                readLeniently(printed));
    }

    @Test
    void aMissingCommaBetweenMembersIsReadAsThere() throws Exception {
        String printed = "{\"a\": {\"b\": 1}\n\"c\": [1, 2]    \"d\": \"} \\\"e\\\": x\"}";
        assertEquals(SpecFiles.STRICT_JSON.readTree("{\"a\": {\"b\": 1}, \"c\": [1, 2], \"d\": \"} \\\"e\\\": x\"}"),
                readLeniently(printed));
    }

    /** A page's payload read with its known liberties: trailing commas, comments, elisions and missing commas. */
    private static JsonNode readLeniently(String text) throws JsonProcessingException {
        String elided = ELISION.matcher(text).replaceAll(",");
        return LENIENT_JSON.readTree(MISSING_COMMA.matcher(elided).replaceAll("$1,$2"));
    }

    /** Payloads live in files; an inline value in the sources breaks the convention. */
    private static Path fileOf(Slice op, Example example) {
        return example.file().orElseThrow(() -> new AssertionError("the " + example.direction().word()
                + " example " + example.name() + " of " + op + " has no externalValue"));
    }

    /** The {@code .json} file itself, or the twin of a {@code .doc.txt} original. */
    private static Path jsonTwinOf(Path file) {
        return file.resolveSibling(name(file).replace(DOC_SUFFIX, JSON_SUFFIX));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}

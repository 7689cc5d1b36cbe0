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
import dev.liveengine.openapi.testing.SpecValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files under {@code spec/resources/<group>/examples}: recorded doc payloads, their
 * verbatim originals when those are not JSON, and the project's own FAIL envelopes.
 */
class RecordedPayloadsTest {

    private static final String DOC_SUFFIX = ".doc.txt";
    private static final String JSON_SUFFIX = ".json";

    /** What the vendor pages get wrong in otherwise readable payloads, and nothing more. */
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static List<Path> exampleFiles() {
        return SpecFiles.filesUnder(SpecFiles.specDir().resolve("resources")).stream()
                .filter(file -> file.getParent().getFileName().toString().equals("examples"))
                .collect(Collectors.toList());
    }

    static List<Path> docFiles() {
        return exampleFiles().stream().filter(file -> name(file).endsWith(DOC_SUFFIX)).collect(Collectors.toList());
    }

    static List<Path> jsonFiles() {
        return exampleFiles().stream().filter(file -> name(file).endsWith(JSON_SUFFIX)).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void fileIsNamedCommandDirectionAndKind(Path file) {
        String name = name(file);
        assertTrue(name.endsWith(DOC_SUFFIX) || name.endsWith(JSON_SUFFIX),
                () -> name + " is neither a .json payload nor a .doc.txt original");
        assertTrue(name.matches("[a-z][a-z0-9_]*\\.(request|response)(\\.[a-z0-9]+(-[a-z0-9]+)*)?(\\.doc\\.txt|\\.json)"),
                () -> name + " is not <command>.<request|response>[.<slug>].json (or .doc.txt)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docFiles")
    void docOriginalIsNotJsonButReadsAsItsTwin(Path original) throws Exception {
        String text = SpecFiles.readString(original);
        assertThrows(JsonProcessingException.class, () -> SpecFiles.STRICT_JSON.readTree(text),
                () -> original + " is valid JSON; record it as the .json file itself");
        Path twin = original.resolveSibling(name(original).replace(DOC_SUFFIX, JSON_SUFFIX));
        assertTrue(Files.isRegularFile(twin), () -> original + " has no normalized twin " + twin.getFileName());
        JsonNode lenient = LENIENT_JSON.readTree(text);
        assertEquals(SpecFiles.STRICT_JSON.readTree(twin.toFile()), lenient,
                () -> twin.getFileName() + " must hold exactly what " + original.getFileName() + " says");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFiles")
    void jsonFileIsValidJson(Path file) {
        assertDoesNotThrow(() -> SpecFiles.STRICT_JSON.readTree(file.toFile()), () -> file + " is not valid JSON");
    }

    @Test
    void jsonFilesAndExternalValuesMatchOneToOne() {
        Set<Path> referenced = externalValues();
        Set<Path> present = jsonFiles().stream().map(Path::normalize).collect(Collectors.toCollection(TreeSet::new));
        Set<Path> unused = new TreeSet<>(present);
        unused.removeAll(referenced);
        Set<Path> dangling = new TreeSet<>(referenced);
        dangling.removeIf(Files::isRegularFile);
        assertEquals(Set.of(), unused, "example files that no externalValue names");
        assertEquals(Set.of(), dangling, "externalValue entries naming files that do not exist");
        assertFalse(present.isEmpty(), "no example files found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFiles")
    void payloadValidatesAgainstItsCommand(Path file) {
        String name = name(file);
        String command = name.substring(0, name.indexOf('.'));
        String path = SpecFiles.pathOf(command);
        String body = SpecFiles.readString(file);
        List<String> problems = name.startsWith(command + ".request.")
                ? SpecValidator.bundled().requestProblems(path, SpecValidator.validCommonQuery(), body)
                : SpecValidator.bundled().responseProblems(path, body);
        assertEquals(List.of(), problems, () -> file.getFileName() + " does not fit " + path);
    }

    /** Every file named by an externalValue anywhere in the sources, resolved against its YAML file. */
    private static Set<Path> externalValues() {
        Set<Path> files = new TreeSet<>();
        for (Path yaml : SpecFiles.filesUnder(SpecFiles.specDir())) {
            if (name(yaml).endsWith(".yaml")) {
                SpecFiles.forEachValueOf("externalValue", SpecFiles.readYaml(yaml),
                        value -> files.add(yaml.resolveSibling(value.asText()).normalize()));
            }
        }
        return files;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}

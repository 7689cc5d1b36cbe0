package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that generated code is built from, and that therefore must never change by accident: an
 * operationId becomes a method, a schema component a class. Each must be unique, and a component
 * must keep the name of the file it is written in: when two files share a name, the bundler
 * silently calls the second one {@code Foo_1}, and a generated class changes its name.
 */
class IdentityRulesTest {

    private static final String OPERATION_ID_UNIQUE = "operation-operationId-unique";

    @Test
    void operationIdsAreUniqueAcrossAllServicesAndWebhooks() {
        Map<String, Object> first = new HashMap<>();
        List<Object> all = new ArrayList<>(SpecFiles.operations());
        all.addAll(SpecFiles.webhooks());
        for (Object op : all) {
            JsonNode node = op instanceof Operation operation ? operation.node() : ((SpecFiles.WebhookOperation) op).node();
            String id = node.path("operationId").asText();
            Object earlier = first.putIfAbsent(id, op);
            assertTrue(earlier == null, () -> "operationId " + id + " is used by both " + earlier + " and " + op
                    + "; generated code would have two methods of that name");
        }
    }

    /** The lint gate checks it too, before the tests run; it must stay on. */
    @Test
    void spectralKeepsOperationIdUniquenessOn() {
        Path moduleDir = SpecFiles.specDir().getParent();
        JsonNode root = SpecFiles.readYaml(moduleDir.resolve(".spectral.yaml"));
        assertTrue(root.path("extends").toString().contains("spectral:oas"),
                ".spectral.yaml no longer extends spectral:oas, which has " + OPERATION_ID_UNIQUE);
        for (Path ruleset : rulesets(moduleDir)) {
            JsonNode tree = SpecFiles.readYaml(ruleset);
            List<JsonNode> ruleBlocks = new ArrayList<>(List.of(tree.path("rules")));
            tree.path("overrides").forEach(override -> ruleBlocks.add(override.path("rules")));
            for (JsonNode rules : ruleBlocks) {
                JsonNode setting = rules.path(OPERATION_ID_UNIQUE);
                String severity = setting.isObject() ? setting.path("severity").asText() : setting.asText();
                assertFalse(Set.of("off", "false").contains(severity),
                        () -> ruleset + " switches " + OPERATION_ID_UNIQUE + " off");
            }
        }
    }

    /** A source file that holds a whole schema, and the component name it must get. */
    record SchemaFile(String name, Path file) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SchemaFile> schemaFiles() {
        return schemaFilesByName().entrySet().stream().map(entry -> new SchemaFile(entry.getKey(), entry.getValue().first()));
    }

    @Test
    void noTwoSchemaFilesShareAName() {
        schemaFilesByName().forEach((name, files) -> assertEquals(1, files.size(),
                () -> "schema files " + files + " would all be component " + name + "; the bundler would rename all"
                        + " but one (" + name + "_1, ...). Rename the files."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void schemaFileIsTheComponentOfItsName(SchemaFile schemaFile) {
        String name = schemaFile.name();
        JsonNode component = SpecFiles.bundle().path("components").path("schemas").path(name);
        assertFalse(component.isMissingNode(), () -> schemaFile.file() + " is not #/components/schemas/" + name
                + " in the bundle");
        JsonNode source = SpecFiles.readYaml(schemaFile.file());
        assertEquals(fieldNames(source), fieldNames(component), () -> "#/components/schemas/" + name + " is not the"
                + " schema of " + schemaFile.file());
        assertEquals(source.path("description"), component.path("description"),
                () -> "#/components/schemas/" + name + " does not carry the description of " + schemaFile.file());
    }

    @Test
    void noComponentNameHasANumberedSuffix() {
        List<String> renamed = new ArrayList<>();
        SpecFiles.forEachField(SpecFiles.bundle().path("components"), (section, components) ->
                components.fieldNames().forEachRemaining(name -> {
                    if (name.matches(".*_\\d+")) {
                        renamed.add(section + "/" + name);
                    }
                }));
        assertEquals(List.of(), renamed, "components the bundler renamed because two sources share a name");
    }

    /**
     * Follows every {@code $ref} of the sources to a whole file (no {@code #} fragment) that is a
     * schema: one in a {@code models} folder or in {@code shared/schemas}. The key is the file's name
     * without {@code .yaml}.
     */
    private static Map<String, TreeSet<Path>> schemaFilesByName() {
        Path sharedSchemas = SpecFiles.specDir().resolve("shared").resolve("schemas").normalize();
        Map<String, TreeSet<Path>> files = new TreeMap<>();
        for (Path yaml : SpecFiles.filesUnder(SpecFiles.specDir())) {
            if (!yaml.getFileName().toString().endsWith(".yaml")) {
                continue;
            }
            SpecFiles.forEachValueOf("$ref", SpecFiles.readYaml(yaml), ref -> {
                if (ref.asText().contains("#")) {
                    return;
                }
                Path target = yaml.resolveSibling(ref.asText()).normalize();
                Path dir = target.getParent();
                if (dir.getFileName().toString().equals("models") || dir.equals(sharedSchemas)) {
                    String name = target.getFileName().toString().replaceFirst("\\.yaml$", "");
                    files.computeIfAbsent(name, key -> new TreeSet<>()).add(target);
                }
            });
        }
        assertFalse(files.isEmpty(), "no $ref in the sources points to a schema file");
        return files;
    }

    private static List<Path> rulesets(Path moduleDir) {
        List<Path> rulesets = new ArrayList<>(List.of(moduleDir.resolve(".spectral.yaml")));
        SpecFiles.filesUnder(moduleDir.resolve("spectral")).stream()
                .filter(file -> file.getFileName().toString().endsWith(".spectral.yaml"))
                .forEach(rulesets::add);
        return rulesets;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

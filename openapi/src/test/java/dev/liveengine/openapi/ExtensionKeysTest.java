package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code x-} key the sources use is one that EXTENSIONS.md documents in its table, and the
 * table lists no key the sources no longer use: a new extension is not finished until it is
 * described there.
 */
class ExtensionKeysTest {

    /** A row of the table: {@code | `x-error-codes` | ...}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(x-[A-Za-z-]+)` \\|", Pattern.MULTILINE);

    @Test
    void theSourcesUseExactlyTheDocumentedExtensions() {
        Set<String> used = new TreeSet<>();
        for (Path file : SpecFiles.filesUnder(SpecFiles.specDir())) {
            if (file.getFileName().toString().endsWith(".yaml")) {
                collectKeys(SpecFiles.readYaml(file), used);
            }
        }
        Path extensions = SpecFiles.specDir().getParent().resolve("EXTENSIONS.md");
        Set<String> documented = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(SpecFiles.readString(extensions));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertFalse(documented.isEmpty(), () -> extensions + " has no table of x- keys");
        assertEquals(documented, used, () -> "the x- keys of the sources must be the ones in the table of " + extensions);
    }

    private static void collectKeys(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            SpecFiles.forEachField(node, (name, value) -> {
                if (name.startsWith("x-")) {
                    into.add(name);
                }
                if (!name.equals("example")) {
                    collectKeys(value, into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectKeys(element, into));
        }
    }
}

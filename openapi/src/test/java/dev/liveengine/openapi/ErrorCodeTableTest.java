package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.SpecFiles.ErrorCodeEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The error-code table in {@code x-error-codes} of the ErrorCode schema. */
class ErrorCodeTableTest {

    private static final Set<String> CATEGORIES = Set.of("invalid_request", "authentication", "permission",
            "rate_limited", "not_found", "server_error", "conflict", "quota_exceeded", "billing",
            "precondition_failed");
    private static final Set<String> SCOPES = Set.of("common", "live", "account");
    /** A Java constant name, so that code generated from the table can use it as it is. */
    private static final String CONSTANT_NAME = "[A-Z][A-Z0-9_]*";

    private final List<ErrorCodeEntry> table = SpecFiles.errorCodeTable();

    @Test
    void tableIsNotEmpty() {
        assertFalse(table.isEmpty(), "components.schemas.ErrorCode.x-error-codes is missing or empty");
    }

    @Test
    void codesAreUnique() {
        assertEquals(Set.of(), duplicates(ErrorCodeEntry::code), "codes listed more than once");
    }

    @Test
    void codesAreAscending() {
        for (int i = 1; i < table.size(); i++) {
            int previous = table.get(i - 1).code();
            int code = table.get(i).code();
            assertTrue(code > previous, () -> code + " comes after " + previous);
        }
    }

    @Test
    void everyCodeHasAConstantName() {
        for (ErrorCodeEntry entry : table) {
            assertTrue(entry.name().matches(CONSTANT_NAME),
                    () -> entry.code() + ": name '" + entry.name() + "' is not UPPER_SNAKE_CASE (" + CONSTANT_NAME + ")");
        }
    }

    @Test
    void namesAreUnique() {
        assertEquals(Set.of(), duplicates(ErrorCodeEntry::name), "names given to more than one code");
    }

    @Test
    void categoriesAndScopesAreKnown() {
        for (ErrorCodeEntry entry : table) {
            assertTrue(CATEGORIES.contains(entry.category()), () -> entry.code() + ": unknown category " + entry.category());
            assertTrue(SCOPES.contains(entry.scope()), () -> entry.code() + ": unknown scope " + entry.scope());
        }
    }

    @Test
    void gatewayCodesAreCommon() {
        for (ErrorCodeEntry entry : table) {
            if (entry.code() >= 60000 && entry.code() < 80000) {
                assertEquals("common", entry.scope(), () -> entry.code() + " is a gateway code, so its scope is common");
            }
        }
    }

    /**
     * Every code of the project's reference collection of the vendor docs is in the table, with the
     * same scope. The reference lives beside the repository (system property
     * {@code live-engine.reference.error-codes}); where it is not checked out, there is nothing to
     * agree with and the test is skipped.
     */
    @Test
    void everyCodeOfTheReferenceIsListedWithItsScope() throws IOException {
        String location = System.getProperty("live-engine.reference.error-codes", "");
        Path reference = Path.of(location);
        assumeTrue(!location.isBlank() && Files.isRegularFile(reference),
                () -> "no reference error-code list at '" + location + "'");
        Map<Integer, String> documented = new TreeMap<>();
        for (JsonNode row : SpecFiles.YAML.readTree(reference.toFile())) {
            documented.put(row.path("code").asInt(), row.path("scope").asText());
        }
        assertFalse(documented.isEmpty(), () -> reference + " lists no codes");
        Map<Integer, ErrorCodeEntry> listed = SpecFiles.errorCodesByCode();
        Map<Integer, String> disagreeing = new TreeMap<>(documented);
        disagreeing.entrySet().removeIf(code -> listed.containsKey(code.getKey())
                && code.getValue().equals(listed.get(code.getKey()).scope()));
        assertEquals(Map.of(), disagreeing, () -> "codes of " + reference + " (with their scope) that the table lacks"
                + " or scopes differently");
    }

    @Test
    void everyCodeIsDescribed() {
        for (ErrorCodeEntry entry : table) {
            assertFalse(entry.description().isBlank(), () -> entry.code() + " has no description");
        }
    }

    private <K extends Comparable<K>> Set<K> duplicates(Function<ErrorCodeEntry, K> key) {
        Set<K> seen = new HashSet<>();
        return table.stream().map(key).filter(value -> !seen.add(value)).collect(Collectors.toCollection(TreeSet::new));
    }
}

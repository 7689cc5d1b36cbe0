package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Python;
import dev.liveengine.polyglot.support.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.utils.StringUtils;

/**
 * The generated Python package is complete, and the wheel the build makes of it (scripts/python_wheel.py, the
 * package-python execution of the pom) holds all of it plus the hand-written helpers, with valid metadata. That the
 * code runs is {@link PythonClientScenarioTest}'s job; that the wheel installs, {@link PythonPackageInstallTest}'s.
 */
class PythonClientTest {

    /** The package's fixed modules, present whatever the spec holds. */
    private static final List<String> CORE_MODULES = List.of("__init__.py", "api_client.py", "api_response.py",
            "configuration.py", "exceptions.py", "rest.py", "api/__init__.py", "models/__init__.py");
    /** The hand-written helpers the build adds (src/main/python). */
    private static final List<String> HELPERS = List.of("helpers/__init__.py", "helpers/errors.py", "helpers/webhooks.py");

    private final Path sources = PolyglotBuild.generated("python");

    @Test
    void holdsTheCoreModulesAnApiPerTagAndAModelPerSchema() {
        Path pkg = sources.resolve(Python.PACKAGE);
        List<String> expected = expectedModules();
        List<String> missing = expected.stream().filter(module -> !Files.isRegularFile(pkg.resolve(module))).toList();
        assertTrue(missing.isEmpty(), () -> "missing from " + pkg + ": " + missing);

        // so that an empty or truncated output cannot pass
        List<Path> modules = PolyglotBuild.filesEndingWith(sources, ".py");
        assertTrue(modules.size() >= expected.size(), () -> "expected at least " + expected.size()
                + " Python modules under " + sources + ", found " + modules.size() + ": " + modules);
        // the helpers are added to the package the wheel is built from, never to the generator's output
        assertTrue(HELPERS.stream().noneMatch(helper -> Files.exists(pkg.resolve(helper))), "hand-written files in " + pkg);
    }

    @Test
    void wheelHoldsTheGeneratedPackageTheHelpersAndItsMetadata() throws IOException {
        Path wheel = Python.wheel();
        assertEquals("live_engine_client-0.1.0-py3-none-any.whl", wheel.getFileName().toString());
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            Map<String, byte[]> entries = new HashMap<>();
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
            List<String> wanted = new ArrayList<>(expectedModules());
            wanted.addAll(HELPERS);
            wanted.add("py.typed");
            List<String> missing = wanted.stream().map(module -> Python.PACKAGE + "/" + module)
                    .filter(name -> !entries.containsKey(name)).toList();
            assertTrue(missing.isEmpty(), () -> "missing from " + wheel + ": " + missing);
            // every generated module, nothing else but the helpers and the metadata
            long generated = PolyglotBuild.filesEndingWith(sources.resolve(Python.PACKAGE), "").stream()
                    .filter(file -> !file.toString().contains("__pycache__")).count();
            long packaged = entries.keySet().stream().filter(name -> name.startsWith(Python.PACKAGE + "/")).count();
            assertEquals(generated + HELPERS.size(), packaged, () -> "package files in the wheel: " + new TreeSet<>(entries.keySet()));
            assertTrue(entries.keySet().stream().noneMatch(name -> name.contains("__pycache__") || name.endsWith(".pyc")));

            String distInfo = "live_engine_client-0.1.0.dist-info/";
            String metadata = new String(entries.get(distInfo + "METADATA"), StandardCharsets.UTF_8);
            assertTrue(metadata.contains("\nName: live_engine_client\n") && metadata.contains("\nVersion: 0.1.0\n"), metadata);
            assertTrue(metadata.contains("Requires-Dist: pydantic") && metadata.contains("Requires-Python: >=3.10"), metadata);
            String wheelFile = new String(entries.get(distInfo + "WHEEL"), StandardCharsets.UTF_8);
            assertTrue(wheelFile.contains("Root-Is-Purelib: true") && wheelFile.contains("Tag: py3-none-any"), wheelFile);
            recordMatchesTheEntries(new String(entries.get(distInfo + "RECORD"), StandardCharsets.UTF_8), entries);
        }
    }

    /** RECORD lists every other file with its SHA-256 (unpadded URL-safe Base64) and size, as pip checks on install. */
    private static void recordMatchesTheEntries(String record, Map<String, byte[]> entries) {
        Map<String, String> listed = new HashMap<>();
        record.lines().forEach(line -> {
            String[] fields = line.split(",", -1);
            listed.put(fields[0], fields[1] + "," + fields[2]);
        });
        assertEquals(new TreeSet<>(entries.keySet()), new TreeSet<>(listed.keySet()), "RECORD lists other files than the wheel holds");
        entries.forEach((name, data) -> {
            if (!name.endsWith(".dist-info/RECORD")) {
                assertEquals("sha256=" + sha256(data) + "," + data.length, listed.get(name), name);
            }
        });
    }

    private static String sha256(byte[] data) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> expectedModules() {
        List<String> expected = new ArrayList<>(CORE_MODULES);
        Spec.operationIdsByTag().keySet().forEach(tag -> expected.add("api/" + StringUtils.underscore(tag) + "_api.py"));
        Spec.modelSchemaNames().forEach(schema -> expected.add("models/" + StringUtils.underscore(schema) + ".py"));
        return expected;
    }
}

package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.utils.StringUtils;

/** The generated Python package is complete and byte-compiles (no syntax errors, whatever Python 3 is installed). */
class PythonClientTest {

    private static final String PACKAGE = "live_engine_client";

    /** The package's fixed modules, present whatever the spec holds. */
    private static final List<String> CORE_MODULES = List.of("__init__.py", "api_client.py", "api_response.py",
            "configuration.py", "exceptions.py", "rest.py", "api/__init__.py", "models/__init__.py");

    private final Path sources = PolyglotBuild.generated("python");

    @Test
    void compilesWithoutSyntaxErrors() {
        // compileall exits 0 for a directory it cannot list, so check that there is one
        assertTrue(Files.isDirectory(sources), () -> sources + " is not a directory: was the Python client generated?");
        // bytecode goes to target/, not beside the generated sources
        Path bytecode = PolyglotBuild.moduleDir().resolve("target/python-bytecode");
        ExternalProcess.Result compile = ExternalProcess.run(PolyglotBuild.moduleDir(), Duration.ofSeconds(60),
                Map.of("PYTHONPYCACHEPREFIX", bytecode.toString()),
                List.of("python3", "-m", "compileall", "-q", sources.toString()));
        assertEquals(0, compile.exitCode(), compile::describe);
    }

    @Test
    void holdsTheCoreModulesAnApiPerTagAndAModelPerSchema() {
        Path pkg = sources.resolve(PACKAGE);
        List<String> expected = new ArrayList<>(CORE_MODULES);
        Spec.operationIdsByTag().keySet().forEach(tag -> expected.add("api/" + StringUtils.underscore(tag) + "_api.py"));
        Spec.modelSchemaNames().forEach(schema -> expected.add("models/" + StringUtils.underscore(schema) + ".py"));

        List<String> missing = expected.stream().filter(module -> !Files.isRegularFile(pkg.resolve(module))).toList();
        assertTrue(missing.isEmpty(), () -> "missing from " + pkg + ": " + missing);

        // so that an empty or truncated output cannot pass compilesWithoutSyntaxErrors
        List<Path> modules = PolyglotBuild.filesEndingWith(sources, ".py");
        assertTrue(modules.size() >= expected.size(), () -> "expected at least " + expected.size()
                + " Python modules under " + sources + ", found " + modules.size() + ": " + modules);
    }
}

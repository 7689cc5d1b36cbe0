package dev.liveengine.polyglot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the TypeScript build puts things (scripts/typescript-package.mjs in the compile phase, tsc with
 * tsconfig.json in test-compile), and what the TypeScript tests share. Surefire passes the locations as
 * system properties (see the pom); the fallbacks assume the module as working directory.
 */
public final class TypeScriptBuild {

    private TypeScriptBuild() {}

    /** A compiled test program of src/test/ts, such as {@code scenario.js}; fails when tsc has not made it. */
    public static Path compiled(String name) {
        Path script = location("polyglot.ts.build.dir", "target/ts-build").resolve(name);
        if (!Files.isRegularFile(script)) {
            throw new AssertionError(script + " is missing: the test-compile phase compiles src/test/ts with tsc "
                    + "(the compile-typescript execution in the pom)");
        }
        return script;
    }

    /** The npm package tarball that {@code npm pack} made of the generated client and the helpers. */
    public static Path tarball() {
        Path directory = location("polyglot.ts.npm.dir", "target/npm");
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> tarballs = files.filter(file -> file.getFileName().toString().endsWith(".tgz")).toList();
            if (tarballs.size() != 1) {
                throw new AssertionError("expected one npm package tarball in " + directory + ", found " + tarballs
                        + " (the typescript-package execution in the pom makes it)");
            }
            return tarballs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory
                    + " (the typescript-package execution in the pom makes it)", e);
        }
    }

    /** Runs {@code node} with a program and environment, in the module directory. */
    public static ExternalProcess.Result node(Path program, java.time.Duration timeout, Map<String, String> environment) {
        return ExternalProcess.run(PolyglotBuild.moduleDir(), timeout, environment, List.of("node", program.toString()));
    }

    private static Path location(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }
}

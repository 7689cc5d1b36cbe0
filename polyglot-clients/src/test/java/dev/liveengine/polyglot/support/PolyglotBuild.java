package dev.liveengine.polyglot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where this module's build puts things. Surefire passes the locations as system properties (see the pom);
 * the fallbacks assume the working directory is the module, as when a test is started from an IDE.
 */
public final class PolyglotBuild {

    private PolyglotBuild() {}

    /** The polyglot-clients module directory: working directory of the external tools. */
    public static Path moduleDir() {
        return location("polyglot.module.dir", ".");
    }

    /** The bundled single-file spec the clients are generated from. */
    public static Path specBundle() {
        return location("polyglot.spec.bundle", "../openapi/live-engine.yaml");
    }

    /** The output directory of one generator execution: {@code typescript}, {@code python} or {@code go}. */
    public static Path generated(String language) {
        return location("polyglot.generated.dir", "target/generated-sources").resolve(language);
    }

    /** Where tsc writes the compiled TypeScript test programs (the tsconfig.json {@code outDir}). */
    public static Path typeScriptBuild() {
        return location("polyglot.ts.build.dir", "target/ts-build");
    }

    /** Every regular file under {@code directory} whose name ends with {@code suffix}, sorted. */
    public static List<Path> filesEndingWith(Path directory, String suffix) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path location(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }
}

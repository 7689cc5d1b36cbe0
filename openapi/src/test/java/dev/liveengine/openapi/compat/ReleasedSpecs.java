package dev.liveengine.openapi.compat;

import dev.liveengine.openapi.SpecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the gate's inputs live. The module directory is found from the system property
 * {@code spec.root} (set by surefire to {@code openapi/spec/openapi.yaml}): released specs are in
 * {@code openapi/released/live-engine-<version>.yaml}, CHANGELOG.md at the repository root, and the
 * current bundle on the test classpath.
 */
final class ReleasedSpecs {

    private static final Pattern RELEASE_FILE = Pattern.compile("live-engine-(.+)\\.yaml");

    private ReleasedSpecs() {
    }

    /** One released spec. */
    record Release(SemVer version, Path file) {
    }

    static Path moduleDir() {
        return SpecFiles.specRoot().toAbsolutePath().getParent().getParent();
    }

    static Path releasedDir() {
        return moduleDir().resolve("released");
    }

    static Path changelog() {
        return moduleDir().getParent().resolve("CHANGELOG.md");
    }

    /** Every {@code live-engine-<semver>.yaml} in {@code dir}, oldest first; other files are ignored. */
    static List<Release> releases(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(ReleasedSpecs::asRelease)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Release::version))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The release with the highest version in {@code dir}. */
    static Release latest(Path dir) {
        List<Release> releases = releases(dir);
        if (releases.isEmpty()) {
            throw new IllegalStateException("no live-engine-<version>.yaml in " + dir);
        }
        return releases.get(releases.size() - 1);
    }

    private static Optional<Release> asRelease(Path file) {
        Matcher name = RELEASE_FILE.matcher(file.getFileName().toString());
        if (!name.matches() || !SemVer.isValid(name.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Release(SemVer.parse(name.group(1)), file));
    }
}

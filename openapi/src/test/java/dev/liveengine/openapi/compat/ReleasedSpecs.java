package dev.liveengine.openapi.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
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
        String specRoot = System.getProperty("spec.root");
        if (specRoot == null || specRoot.isBlank()) {
            throw new IllegalStateException("system property spec.root is not set; run the tests through Maven");
        }
        return Path.of(specRoot).toAbsolutePath().getParent().getParent();
    }

    static Path releasedDir() {
        return moduleDir().resolve("released");
    }

    static Path changelog() {
        return moduleDir().getParent().resolve("CHANGELOG.md");
    }

    /** The bundle this build made, {@code /openapi/live-engine.yaml} on the classpath. */
    static Path currentBundle() {
        URL url = ReleasedSpecs.class.getResource("/openapi/live-engine.yaml");
        if (url == null) {
            throw new IllegalStateException("/openapi/live-engine.yaml is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

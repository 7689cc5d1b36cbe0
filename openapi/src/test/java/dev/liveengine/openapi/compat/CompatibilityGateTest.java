package dev.liveengine.openapi.compat;

import dev.liveengine.openapi.SpecFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.openapi.compat.ReleasedSpecs.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate: the bundle this build made may follow the newest spec in
 * {@code openapi/released/} only as {@link ReleaseGate} allows, judged with
 * {@link CompatibilityChecker} and CHANGELOG.md.
 */
class CompatibilityGateTest {

    @Test
    void theCurrentSpecMayFollowTheLastRelease() throws IOException {
        Release last = ReleasedSpecs.latest(ReleasedSpecs.releasedDir());
        Path current = SpecFiles.builtBundle();
        SpecTree released = SpecTree.read(last.file());
        SpecTree candidate = SpecTree.read(current);
        boolean changed = !released.root().equals(candidate.root());
        List<BreakingChange> breaking = changed ? CompatibilityChecker.check(last.file(), current) : List.of();

        ReleaseGate.Verdict verdict = ReleaseGate.decide(last.version(), versionOf(candidate), changed, breaking,
                changelog());

        assertTrue(verdict.passed(), () -> "Compared with " + ReleasedSpecs.moduleDir().relativize(last.file())
                + ":\n" + verdict.report());
    }

    @Test
    void everyReleasedFileCarriesTheVersionInItsName() {
        List<Release> releases = ReleasedSpecs.releases(ReleasedSpecs.releasedDir());
        assertTrue(!releases.isEmpty(), "openapi/released/ holds no live-engine-<version>.yaml");
        for (Release release : releases) {
            assertEquals(release.version(), versionOf(SpecTree.read(release.file())),
                    () -> release.file() + " must hold the spec whose info.version is in its name");
        }
    }

    @Test
    void everyReleaseHasAChangelogSection() throws IOException {
        Changelog changelog = changelog();
        for (Release release : ReleasedSpecs.releases(ReleasedSpecs.releasedDir())) {
            assertTrue(changelog.hasSection(release.version()),
                    () -> "CHANGELOG.md has no section ## [" + release.version() + "] for " + release.file());
        }
    }

    private static SemVer versionOf(SpecTree spec) {
        return SemVer.parse(spec.root().path("info").path("version").asText());
    }

    private static Changelog changelog() throws IOException {
        Path file = ReleasedSpecs.changelog();
        assertTrue(Files.isRegularFile(file), () -> file + " is missing");
        return Changelog.parse(Files.readString(file));
    }
}

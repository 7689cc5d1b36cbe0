package dev.liveengine.openapi.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's decisions, the CHANGELOG convention and version handling, on small in-memory inputs. */
class ReleaseGateTest {

    private static final SemVer RELEASED = SemVer.parse("0.1.0");
    private static final BreakingChange SERVER = new BreakingChange("server-removed:https://a.example", "gone");
    private static final BreakingChange ROOM_ID = new BreakingChange("constraint-tightened:RoomId maxLength", "48 to 40");
    private static final List<BreakingChange> BREAKING = List.of(ROOM_ID, SERVER);

    private static final String DOCUMENTED_1_0_0 = String.join("\n",
            "# Changelog",
            "## [Unreleased]",
            "## [1.0.0] - 2027-01-31",
            "### Breaking",
            "- `constraint-tightened:RoomId maxLength`: room IDs are now at most 40 bytes.",
            "- The Jakarta region closed:",
            "  `server-removed:https://a.example`",
            "## [0.1.0] - 2026-11-21",
            "### Added",
            "- everything");

    @Test
    void anUnchangedSpecPassesWhateverTheChangelogSays() {
        ReleaseGate.Verdict verdict = ReleaseGate.decide(RELEASED, RELEASED, false, List.of(), Changelog.parse(""));
        assertTrue(verdict.passed(), verdict.report());
    }

    @Test
    void aBreakingChangeWithinTheSameMajorFails() {
        String changelog = DOCUMENTED_1_0_0.replace("[1.0.0]", "[0.2.0]");
        ReleaseGate.Verdict verdict = decide("0.2.0", BREAKING, changelog);
        assertFailsWith(verdict, "major version");
        assertTrue(verdict.report().contains("set " + ReleaseGate.VERSION_SOURCE + " to 1.0.0"), verdict.report());
        assertTrue(verdict.report().contains("revert"), verdict.report());
    }

    @Test
    void aBreakingChangeInANewMajorWithEveryKeyDocumentedPasses() {
        ReleaseGate.Verdict verdict = decide("1.0.0", BREAKING, DOCUMENTED_1_0_0);
        assertTrue(verdict.passed(), verdict.report());
    }

    @Test
    void aBreakingChangeMissingFromTheChangelogFails() {
        String changelog = DOCUMENTED_1_0_0.replace("  `server-removed:https://a.example`\n", "");
        ReleaseGate.Verdict verdict = decide("1.0.0", BREAKING, changelog);
        assertFailsWith(verdict, "lacks `server-removed:https://a.example`");
        assertFalse(verdict.problems().toString().contains("RoomId"), verdict.report());
        assertTrue(verdict.report().contains("- `server-removed:https://a.example`: gone"),
                "the report offers the bullet to paste:\n" + verdict.report());
    }

    @Test
    void aBreakingChangeWithoutAChangelogSectionFails() {
        ReleaseGate.Verdict verdict = decide("1.0.0", BREAKING, "## [0.1.0] - 2026-11-21\n");
        assertFailsWith(verdict, "no section ## [1.0.0]");
    }

    @Test
    void aCompatibleChangeWithoutANewVersionFails() {
        ReleaseGate.Verdict verdict = decide("0.1.0", List.of(), "## [0.1.0] - 2026-11-21\n");
        assertFailsWith(verdict, "not greater than the released 0.1.0");
        assertTrue(verdict.report().contains("to 0.2.0"), verdict.report());
    }

    @Test
    void aCompatibleChangeWithALowerVersionFails() {
        ReleaseGate.Verdict verdict = decide("0.0.9", List.of(), "## [0.0.9]\n");
        assertFailsWith(verdict, "not greater than the released 0.1.0");
    }

    @Test
    void aCompatibleChangeWithANewVersionButNoSectionFails() {
        ReleaseGate.Verdict verdict = decide("0.1.1", List.of(), "## [0.1.0] - 2026-11-21\n");
        assertFailsWith(verdict, "no section ## [0.1.1]");
    }

    @Test
    void aCompatibleChangeWithANewVersionAndSectionPasses() {
        ReleaseGate.Verdict verdict = decide("0.2.0", List.of(), "## [0.2.0] - 2027-01-01\n### Added\n- a thing\n");
        assertTrue(verdict.passed(), verdict.report());
    }

    @Test
    void onlyBulletsUnderBreakingInTheRightSectionCount() {
        Changelog changelog = Changelog.parse(String.join("\n",
                "Keys such as `server-removed:x` are listed like this.",
                "## [Unreleased]",
                "### Breaking",
                "- `unreleased-key`",
                "## [2.0.0] - 2027-05-01",
                "### Added",
                "- `added-key`",
                "### Breaking",
                "* `first-key` and",
                "  `second-key`",
                "### Fixed",
                "- `fixed-key`",
                "## [1.0.0] - 2027-01-31",
                "### Breaking",
                "- `older-key`"));
        assertEquals(Set.of("first-key", "second-key"), changelog.breakingKeys(SemVer.parse("2.0.0")));
        assertEquals(Set.of("older-key"), changelog.breakingKeys(SemVer.parse("1.0.0")));
        assertTrue(changelog.hasSection(SemVer.parse("2.0.0")));
        assertFalse(changelog.hasSection(SemVer.parse("3.0.0")));
        assertEquals(Set.of(), changelog.breakingKeys(SemVer.parse("3.0.0")));
    }

    @Test
    void versionsAreOrderedAsSemverSays() {
        List<String> sorted = List.of("1.10.0", "0.1.0", "1.0.0-rc.10", "1.9.9", "1.0.0", "1.0.0-rc.2", "1.0.0-alpha")
                .stream().map(SemVer::parse).sorted().map(SemVer::toString).collect(Collectors.toList());
        assertEquals(List.of("0.1.0", "1.0.0-alpha", "1.0.0-rc.2", "1.0.0-rc.10", "1.0.0", "1.9.9", "1.10.0"), sorted);
        assertThrows(IllegalArgumentException.class, () -> SemVer.parse("1.0"));
        assertThrows(IllegalArgumentException.class, () -> SemVer.parse("01.0.0"));
    }

    @Test
    void theNewestReleaseIsChosenByVersionNotByName(@TempDir Path dir) throws IOException {
        for (String name : List.of("live-engine-0.9.0.yaml", "live-engine-0.10.0.yaml", "live-engine-0.11.0-rc.1.yaml",
                "live-engine-latest.yaml", "README.md")) {
            Files.writeString(dir.resolve(name), "openapi: 3.0.3\n");
        }
        ReleasedSpecs.Release latest = ReleasedSpecs.latest(dir);
        assertEquals(SemVer.parse("0.11.0-rc.1"), latest.version());
        assertEquals(dir.resolve("live-engine-0.11.0-rc.1.yaml"), latest.file());
        assertEquals(3, ReleasedSpecs.releases(dir).size());
    }

    private static ReleaseGate.Verdict decide(String candidate, List<BreakingChange> breaking, String changelog) {
        return ReleaseGate.decide(RELEASED, SemVer.parse(candidate), true, breaking, Changelog.parse(changelog));
    }

    private static void assertFailsWith(ReleaseGate.Verdict verdict, String expected) {
        assertFalse(verdict.passed(), "expected the gate to fail:\n" + verdict.report());
        assertTrue(verdict.problems().stream().anyMatch(problem -> problem.contains(expected)),
                () -> "expected a problem mentioning '" + expected + "':\n" + verdict.report());
        assertTrue(verdict.report().contains("How to fix"), verdict.report());
    }
}

package dev.liveengine.openapi.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the current spec may follow the last release, from facts gathered elsewhere:
 * <ul>
 *   <li>an unchanged spec always passes;</li>
 *   <li>a changed spec needs an {@code info.version} above the released one and a section for it in
 *       CHANGELOG.md;</li>
 *   <li>a breaking change also needs a higher major version, and every breaking change's key
 *       quoted under {@code ### Breaking} in that section.</li>
 * </ul>
 */
final class ReleaseGate {

    static final String VERSION_SOURCE = "info.version in openapi/spec/openapi.yaml";

    private ReleaseGate() {
    }

    /** The outcome: what is wrong (nothing when it passed) and a report saying how to fix it. */
    record Verdict(List<String> problems, String report) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    static Verdict decide(SemVer released, SemVer candidate, boolean specChanged, List<BreakingChange> breaking,
                          Changelog changelog) {
        if (!specChanged) {
            return new Verdict(List.of(), "the spec is the released " + released + "; nothing to check");
        }
        List<String> problems = new ArrayList<>();
        if (candidate.compareTo(released) <= 0) {
            problems.add("the spec changed, but info.version " + candidate + " is not greater than the released "
                    + released);
        }
        if (!changelog.hasSection(candidate)) {
            problems.add("CHANGELOG.md has no section ## [" + candidate + "]");
        }
        if (!breaking.isEmpty() && candidate.major() <= released.major()) {
            problems.add("there are breaking changes, but the major version of " + candidate
                    + " is not above that of the released " + released);
        } else if (!breaking.isEmpty() && changelog.hasSection(candidate)) {
            Set<String> documented = changelog.breakingKeys(candidate);
            List<String> undocumented = breaking.stream().map(BreakingChange::key)
                    .filter(key -> !documented.contains(key)).collect(Collectors.toList());
            if (!undocumented.isEmpty()) {
                problems.add("the ### Breaking list of [" + candidate + "] in CHANGELOG.md lacks "
                        + undocumented.stream().map(key -> "`" + key + "`").collect(Collectors.joining(", ")));
            }
        }
        return new Verdict(List.copyOf(problems), report(released, candidate, breaking, problems));
    }

    private static String report(SemVer released, SemVer candidate, List<BreakingChange> breaking,
                                 List<String> problems) {
        StringBuilder text = new StringBuilder("The spec (info.version ").append(candidate)
                .append(") differs from the last release ").append(released).append(".\n");
        if (breaking.isEmpty()) {
            text.append("openapi-diff and the project's rules found no breaking change.\n");
        } else {
            text.append("Breaking changes (").append(breaking.size()).append("):\n");
            breaking.forEach(change -> text.append("  - `").append(change.key()).append("`: ")
                    .append(change.description()).append('\n'));
        }
        if (problems.isEmpty()) {
            return text.append("Version and CHANGELOG.md are in order.").toString();
        }
        text.append("Problems:\n");
        problems.forEach(problem -> text.append("  - ").append(problem).append('\n'));
        return text.append(howToFix(released, candidate, breaking)).toString();
    }

    private static String howToFix(SemVer released, SemVer candidate, List<BreakingChange> breaking) {
        if (breaking.isEmpty()) {
            SemVer target = candidate.compareTo(released) > 0 ? candidate : released.nextMinor();
            return "How to fix: set " + VERSION_SOURCE + " to " + target + " (or any higher version) and add a"
                    + " section '## [" + target + "] - YYYY-MM-DD' to CHANGELOG.md that describes the change.";
        }
        SemVer target = candidate.major() > released.major() ? candidate : released.nextMajor();
        StringBuilder fix = new StringBuilder("How to fix, either:\n")
                .append("  (a) revert the breaking changes listed above, or\n")
                .append("  (b) release them as a new major version:\n")
                .append("      1. set ").append(VERSION_SOURCE).append(" to ").append(target).append('\n')
                .append("      2. in CHANGELOG.md, give ").append(target)
                .append(" a section that lists every key under ### Breaking, one bullet each:\n\n")
                .append("## [").append(target).append("] - YYYY-MM-DD\n\n### Breaking\n\n");
        breaking.forEach(change -> fix.append("- `").append(change.key()).append("`: ")
                .append(change.description()).append('\n'));
        return fix.toString();
    }
}

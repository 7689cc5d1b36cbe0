package dev.liveengine.openapi.compat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of CHANGELOG.md the gate reads: the version sections ({@code ## [1.0.0] - 2027-01-31})
 * and, in each, the keys quoted in backticks in the bullets under {@code ### Breaking}. A bullet
 * starts with {@code -} or {@code *}; indented lines below it continue it. Everything else
 * ({@code ## [Unreleased]}, prose, other subsections) is ignored.
 */
final class Changelog {

    private static final Pattern VERSION_HEADING = Pattern.compile("^##\\s+\\[([^\\]]+)\\].*$");
    private static final Pattern ANY_SECTION_HEADING = Pattern.compile("^##\\s.*$");
    private static final Pattern SUBSECTION_HEADING = Pattern.compile("^###\\s+(.+?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*]\\s+(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+\\S.*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    /** Version to the keys its {@code ### Breaking} bullets quote (empty when it has none). */
    private final Map<SemVer, Set<String>> sections;

    private Changelog(Map<SemVer, Set<String>> sections) {
        this.sections = sections;
    }

    static Changelog parse(String markdown) {
        Map<SemVer, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        boolean inBreaking = false;
        boolean inBullet = false;
        for (String line : markdown.split("\\R")) {
            Matcher version = VERSION_HEADING.matcher(line);
            if (version.matches() || ANY_SECTION_HEADING.matcher(line).matches()) {
                current = version.matches() && SemVer.isValid(version.group(1))
                        ? sections.computeIfAbsent(SemVer.parse(version.group(1)), v -> new LinkedHashSet<>())
                        : null;
                inBreaking = false;
                inBullet = false;
                continue;
            }
            Matcher subsection = SUBSECTION_HEADING.matcher(line);
            if (subsection.matches()) {
                inBreaking = subsection.group(1).equalsIgnoreCase("Breaking");
                inBullet = false;
                continue;
            }
            if (current == null || !inBreaking) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                inBullet = true;
                collectKeys(bullet.group(1), current);
            } else if (inBullet && CONTINUATION.matcher(line).matches()) {
                collectKeys(line, current);
            } else {
                inBullet = false;
            }
        }
        return new Changelog(sections);
    }

    private static void collectKeys(String text, Set<String> keys) {
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            keys.add(span.group(1).trim());
        }
    }

    boolean hasSection(SemVer version) {
        return sections.containsKey(version);
    }

    /** The keys listed under the version's {@code ### Breaking}; empty when the section is missing. */
    Set<String> breakingKeys(SemVer version) {
        return Optional.ofNullable(sections.get(version)).orElse(Set.of());
    }
}

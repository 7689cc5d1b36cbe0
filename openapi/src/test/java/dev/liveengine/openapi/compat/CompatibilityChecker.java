package dev.liveengine.openapi.compat;

import java.nio.file.Path;
import java.util.List;

/**
 * Lists what in a candidate spec can break clients of a baseline spec: openapi-diff's verdict
 * ({@link OpenApiDiffRules}) together with the project's own direction-aware rules
 * ({@link ContractRules}), which also see what openapi-diff does not look at (servers,
 * operationIds, {@code x-max-bytes}, ...). Both specs must be bundles, every {@code $ref} internal.
 */
final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /** The breaking changes, one per key, sorted by key; empty when the candidate is compatible. */
    static List<BreakingChange> check(Path baseline, Path candidate) {
        Findings findings = new Findings();
        findings.addAll(ContractRules.check(SpecTree.read(baseline), SpecTree.read(candidate)));
        findings.addAll(OpenApiDiffRules.check(baseline, candidate));
        return findings.sorted();
    }
}

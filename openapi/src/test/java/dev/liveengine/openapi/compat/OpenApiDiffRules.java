package dev.liveengine.openapi.compat;

import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * What openapi-diff judges incompatible, turned into keys. openapi-diff reports per operation, so
 * its keys are {@code openapi-diff-<part>:<METHOD> <path>}, part being {@code parameters},
 * {@code request-body}, {@code responses} or {@code security}; a removed operation gets the same
 * {@code operation-removed} key as the project's own rule.
 */
final class OpenApiDiffRules {

    private OpenApiDiffRules() {
    }

    static List<BreakingChange> check(Path baseline, Path candidate) {
        return breakingChanges(OpenApiCompare.fromLocations(baseline.toString(), candidate.toString()));
    }

    static List<BreakingChange> breakingChanges(ChangedOpenApi diff) {
        Findings findings = new Findings();
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            String key = endpoint.getMethod() + " " + endpoint.getPathUrl();
            findings.add("operation-removed:" + key, key + " no longer exists (openapi-diff)");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String key = operation.getHttpMethod() + " " + operation.getPathUrl();
            boolean named = addIfIncompatible(findings, "parameters", key, operation.getParameters())
                    | addIfIncompatible(findings, "request-body", key, operation.getRequestBody())
                    | addIfIncompatible(findings, "responses", key, operation.getApiResponses())
                    | addIfIncompatible(findings, "security", key, operation.getSecurityRequirements());
            if (operation.isIncompatible() && !named) {
                findings.add("openapi-diff:" + key, "openapi-diff judges " + key + " incompatible");
            }
        }
        if (diff.isIncompatible() && findings.sorted().isEmpty()) {
            findings.add("openapi-diff:spec", "openapi-diff judges the spec incompatible outside any single operation");
        }
        return findings.sorted();
    }

    /** Adds a key when {@code changed} is incompatible, and says whether it did. */
    private static boolean addIfIncompatible(Findings findings, String part, String operationKey, Changed changed) {
        if (changed == null || !changed.isIncompatible()) {
            return false;
        }
        findings.add("openapi-diff-" + part + ":" + operationKey, "openapi-diff judges the "
                + part.replace('-', ' ') + " of " + operationKey + " incompatible");
        return true;
    }
}

package dev.liveengine.openapi.compat;

import static dev.liveengine.openapi.compat.Direction.REQUEST;
import static dev.liveengine.openapi.compat.Direction.RESPONSE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.openapi.compat.SpecTree.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's own breaking-change rules, applied to two bundles read as Jackson trees. Keys at
 * this level: {@code operation-removed}, {@code operation-id-changed}, {@code request-body-required}
 * and {@code <in>-parameter-required} (all {@code :<METHOD> <path>}, the last with the parameter's
 * name), and {@code server-removed:<url>}. Schemas are handed to {@link SchemaRules}.
 */
final class ContractRules {

    private final SpecTree baseline;
    private final SpecTree candidate;
    private final Findings findings = new Findings();
    private final SchemaRules schemas;

    private ContractRules(SpecTree baseline, SpecTree candidate) {
        this.baseline = baseline;
        this.candidate = candidate;
        this.schemas = new SchemaRules(baseline, candidate, findings);
    }

    static List<BreakingChange> check(SpecTree baseline, SpecTree candidate) {
        ContractRules rules = new ContractRules(baseline, candidate);
        rules.compareServers();
        rules.compareOperations();
        return rules.findings.sorted();
    }

    private void compareServers() {
        List<String> kept = candidate.serverUrls();
        baseline.serverUrls().stream()
                .filter(url -> !kept.contains(url))
                .forEach(url -> findings.add("server-removed:" + url,
                        "the server " + url + " is gone; clients configured for it lose their region"));
    }

    private void compareOperations() {
        Map<String, Operation> after = candidate.operations();
        baseline.operations().forEach((key, was) -> {
            Operation is = after.get(key);
            if (is == null) {
                findings.add("operation-removed:" + key, key + " no longer exists");
            } else {
                compareOperation(key, was, is);
            }
        });
    }

    private void compareOperation(String key, Operation was, Operation is) {
        String oldId = was.node().path("operationId").asText(null);
        String newId = is.node().path("operationId").asText(null);
        if (oldId != null && !oldId.equals(newId)) {
            findings.add("operation-id-changed:" + key, key + ": operationId " + oldId + " became " + newId
                    + ", which renames the method in every generated client");
        }
        compareParameters(key, was, is);
        compareRequestBody(key, was.node().get("requestBody"), is.node().get("requestBody"));
        compareResponses(key, was.node().path("responses"), is.node().path("responses"));
    }

    private void compareParameters(String key, Operation was, Operation is) {
        Map<String, Parameter> before = parameters(baseline, key, was);
        parameters(candidate, key, is).forEach((id, parameter) -> {
            Parameter old = before.get(id);
            if (parameter.required() && (old == null || !old.required())) {
                findings.add(parameter.in() + "-parameter-required:" + key + " " + parameter.name(),
                        key + ": the " + parameter.in() + " parameter " + parameter.name()
                                + (old == null ? " is new and required" : " was optional and is now required"));
            }
            if (old != null && old.schema() != null && parameter.schema() != null) {
                schemas.compare(old.schema(), parameter.schema(), old.label(), REQUEST);
            }
        });
    }

    /** An operation's parameters, path-level ones included, keyed {@code in.name}. */
    private static Map<String, Parameter> parameters(SpecTree spec, String operationKey, Operation operation) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
            for (JsonNode written : source) {
                JsonNode parameter = spec.resolve(written);
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                String label = (SpecTree.isRef(written) ? "" : operationKey + " ") + in + "." + name;
                parameters.put(in + "." + name, new Parameter(in, name, parameter.path("required").asBoolean(false),
                        parameter.get("schema"), label));
            }
        }
        return parameters;
    }

    private void compareRequestBody(String key, JsonNode wasBody, JsonNode isBody) {
        if (isBody == null) {
            return;
        }
        JsonNode after = candidate.resolve(isBody);
        JsonNode before = wasBody == null ? null : baseline.resolve(wasBody);
        if (after.path("required").asBoolean(false) && (before == null || !before.path("required").asBoolean(false))) {
            findings.add("request-body-required:" + key, key + ": the request body became required");
        }
        if (before != null) {
            compareContent(before.path("content"), after.path("content"), key + " request body", REQUEST);
        }
    }

    private void compareResponses(String key, JsonNode before, JsonNode after) {
        SpecTree.forEachField(before, (status, was) -> {
            JsonNode is = after.get(status);
            if (is != null) {
                compareContent(baseline.resolve(was).path("content"), candidate.resolve(is).path("content"),
                        key + " response " + status, RESPONSE);
            }
        });
    }

    private void compareContent(JsonNode before, JsonNode after, String slot, Direction direction) {
        SpecTree.forEachField(before, (mediaType, was) -> {
            JsonNode is = after.get(mediaType);
            if (is != null && was.has("schema") && is.has("schema")) {
                schemas.compare(was.get("schema"), is.get("schema"), slot, direction);
            }
        });
    }

    private record Parameter(String in, String name, boolean required, JsonNode schema, String label) {
    }
}

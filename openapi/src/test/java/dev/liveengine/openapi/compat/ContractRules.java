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
 *
 * <p>Webhooks ({@code x-webhooks}) flow the other way (see {@link Direction}): the event body and its
 * query parameters are compared as responses, the answer as a request. Their own keys are
 * {@code webhook-removed}, {@code webhook-operation-id-changed}, {@code webhook-parameter-removed} and
 * {@code webhook-parameter-optional} (a query parameter the service always sent may now be missing),
 * all {@code :webhook <command word>}, the last two with the parameter's name.
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
        rules.compareWebhooks();
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

    private void compareWebhooks() {
        Map<String, Operation> after = candidate.webhooks();
        baseline.webhooks().forEach((key, was) -> {
            Operation is = after.get(key);
            if (is == null) {
                findings.add("webhook-removed:" + key, key + " is no longer described; receivers lose its types");
                return;
            }
            String oldId = was.node().path("operationId").asText(null);
            String newId = is.node().path("operationId").asText(null);
            if (oldId != null && !oldId.equals(newId)) {
                findings.add("webhook-operation-id-changed:" + key, key + ": operationId " + oldId + " became " + newId
                        + ", which renames what code generated for it");
            }
            compareWebhookParameters(key, was, is);
            JsonNode wasBody = was.node().get("requestBody");
            JsonNode isBody = is.node().get("requestBody");
            if (wasBody != null && isBody != null) {
                compareContent(baseline.resolve(wasBody).path("content"), candidate.resolve(isBody).path("content"),
                        key + " event", RESPONSE);
            }
            SpecTree.forEachField(was.node().path("responses"), (status, reply) -> {
                JsonNode isReply = is.node().path("responses").get(status);
                if (isReply != null) {
                    compareContent(baseline.resolve(reply).path("content"), candidate.resolve(isReply).path("content"),
                            key + " reply " + status, REQUEST);
                }
            });
        });
    }

    /** The service writes a webhook's query parameters and receivers read them: response rules. */
    private void compareWebhookParameters(String key, Operation was, Operation is) {
        Map<String, Parameter> after = parameters(candidate, key, is);
        parameters(baseline, key, was).forEach((id, old) -> {
            Parameter parameter = after.get(id);
            if (parameter == null) {
                if (old.required()) {
                    findings.add("webhook-parameter-removed:" + key + " " + old.name(), key + ": the " + old.in()
                            + " parameter " + old.name() + ", which the service always sent, is gone");
                }
                return;
            }
            if (old.required() && !parameter.required()) {
                findings.add("webhook-parameter-optional:" + key + " " + old.name(), key + ": the " + old.in()
                        + " parameter " + old.name() + " was always sent and may now be missing");
            }
            if (old.schema() != null && parameter.schema() != null) {
                schemas.compare(old.schema(), parameter.schema(), old.label(), RESPONSE);
            }
        });
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

package dev.liveengine.openapi.testing;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Enforces the spec's root {@code security} requirement on operations that declare none of their
 * own. swagger-request-validator (2.46.1) only looks at an operation's own {@code security} block
 * and skips the check when it is absent, although OpenAPI says the root requirement then applies.
 * The Live Engine spec states its three credentials once, at the root, so without this check a
 * request lacking {@code usersig} would pass.
 *
 * <p>Requirements are alternatives; the schemes inside one requirement are needed together. Only
 * {@code apiKey} schemes are checked (in the query or a header): a credential counts as present
 * when it has a non-empty value. Other scheme types are taken as satisfied.
 */
final class RootSecurityCheck implements CustomRequestValidator {

    private static final String MISSING_KEY = "validation.request.security.missing";

    /** An apiKey credential: where it travels and under which name. */
    private record Credential(String scheme, String in, String name) {
        boolean presentIn(Request request) {
            if ("query".equals(in)) {
                return request.getQueryParameterValues(name).stream().anyMatch(value -> !value.isEmpty());
            }
            if ("header".equals(in)) {
                return request.getHeaderValue(name).filter(value -> !value.isEmpty()).isPresent();
            }
            return true;
        }

        @Override
        public String toString() {
            return in + " parameter '" + name + "' (" + scheme + ")";
        }
    }

    private final List<List<Credential>> requirements;

    private RootSecurityCheck(List<List<Credential>> requirements) {
        this.requirements = requirements;
    }

    static RootSecurityCheck readFrom(URL spec) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec, e);
        }
        JsonNode schemes = root.path("components").path("securitySchemes");
        List<List<Credential>> requirements = new ArrayList<>();
        for (JsonNode requirement : root.path("security")) {
            List<Credential> credentials = new ArrayList<>();
            requirement.fieldNames().forEachRemaining(scheme -> {
                JsonNode definition = schemes.path(scheme);
                if ("apiKey".equals(definition.path("type").asText())) {
                    credentials.add(new Credential(scheme, definition.path("in").asText(), definition.path("name").asText()));
                }
            });
            requirements.add(credentials);
        }
        return new RootSecurityCheck(requirements);
    }

    @Override
    public ValidationReport validate(Request request, ApiOperation operation) {
        if (operation.getOperation().getSecurity() != null || requirements.isEmpty()) {
            return ValidationReport.empty();
        }
        List<List<Credential>> missingPerRequirement = new ArrayList<>();
        for (List<Credential> requirement : requirements) {
            List<Credential> missing = new ArrayList<>();
            requirement.stream().filter(credential -> !credential.presentIn(request)).forEach(missing::add);
            if (missing.isEmpty()) {
                return ValidationReport.empty();
            }
            missingPerRequirement.add(missing);
        }
        List<Credential> closest = missingPerRequirement.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
        return ValidationReport.singleton(ValidationReport.Message.create(MISSING_KEY,
                "The root security requirement is not met: missing " + closest).build());
    }
}

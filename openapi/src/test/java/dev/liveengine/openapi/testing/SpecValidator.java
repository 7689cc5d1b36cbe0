package dev.liveengine.openapi.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks HTTP exchanges against the bundled Live Engine spec, the one the build puts on the
 * classpath as {@code /openapi/live-engine.yaml}. It wraps Atlassian's swagger-request-validator
 * and reduces its report to plain strings of the form {@code "key: message"}, so callers only need
 * to test for an empty list.
 *
 * <p><b>Unknown properties are errors.</b> The validator is left at its default strictness: a
 * field that the schema does not declare fails validation, in requests and in responses alike,
 * even where the schema itself does not say {@code additionalProperties: false}. This is on
 * purpose. The vendor's field names are easy to mistype ({@code From_account} for
 * {@code From_Account}), and a service may quietly ignore a field it does not know, so a lenient
 * check would let such a typo through; the strict one is how doc and client typos get caught. The price
 * is that a reply carrying a field the spec has not caught up with yet fails here until the spec
 * declares it. Combinators ({@code allOf}) are resolved before validation, so a reply built from
 * the common envelope plus the command's own fields is still checked as one object.
 *
 * <p>Two additions to the library's checks: the spec's root {@code security} requirement (all of
 * {@code sdkappid}, {@code identifier} and {@code usersig}) is enforced on operations that do not
 * declare their own, which the library would skip (see {@code RootSecurityCheck}); and problems with
 * a query parameter name that parameter, as in
 * {@code "validation.request.parameter.schema.maximum: [query parameter 'random'] Numeric instance..."}.
 *
 * <p>Building the validator parses the whole spec and takes a while, so {@link #bundled()} builds
 * it once and hands out the same instance for every later call.
 */
public final class SpecValidator {

    private static final String BUNDLE_RESOURCE = "/openapi/live-engine.yaml";
    private static final String JSON = "application/json";

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The validator for the bundled spec on the classpath, built on first use and then reused. */
    public static SpecValidator bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The five query parameters every call carries, with plausible values: {@code sdkappid},
     * {@code identifier}, {@code usersig}, {@code random} and {@code contenttype}. Each call returns
     * a new modifiable map, so a test can change or remove one of them.
     */
    public static Map<String, String> validCommonQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sdkappid", "1400000000");
        query.put("identifier", "administrator");
        query.put("usersig", "not-a-real-usersig");
        query.put("random", "99999999");
        query.put("contenttype", "json");
        return query;
    }

    /**
     * Validates a {@code POST} of {@code jsonBody} (sent as {@code application/json}) to
     * {@code path} with the given query parameters.
     *
     * @return one {@code "key: message"} entry per problem; empty when the request is valid
     */
    public List<String> requestProblems(String path, Map<String, String> query, String jsonBody) {
        SimpleRequest.Builder request = SimpleRequest.Builder.post(path)
                .withContentType(JSON)
                .withBody(jsonBody);
        query.forEach(request::withQueryParam);
        return problems(validator.validateRequest(request.build()));
    }

    /**
     * Validates {@code jsonBody} as the HTTP 200 {@code application/json} reply to a {@code POST}
     * to {@code path}.
     *
     * @return one {@code "key: message"} entry per problem; empty when the reply is valid
     */
    public List<String> responseProblems(String path, String jsonBody) {
        SimpleResponse response = SimpleResponse.Builder.ok()
                .withContentType(JSON)
                .withBody(jsonBody)
                .build();
        return problems(validator.validateResponse(path, Request.Method.POST, response));
    }

    private static List<String> problems(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + parameterOf(message) + message.getMessage())
                .collect(Collectors.toList());
    }

    /** The library's parameter messages do not say which parameter they mean; this does. */
    private static String parameterOf(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(parameter -> "[" + parameter.getIn() + " parameter '" + parameter.getName() + "'] ")
                .orElse("");
    }

    /** Lazy holder: the class is initialised, and the spec parsed, on the first call only. */
    private static final class Bundled {
        static final SpecValidator INSTANCE = load();

        private static SpecValidator load() {
            URL spec = SpecValidator.class.getResource(BUNDLE_RESOURCE);
            if (spec == null) {
                throw new IllegalStateException(BUNDLE_RESOURCE + " is not on the classpath;"
                        + " it is written by the openapi module's build (process-classes)");
            }
            return new SpecValidator(OpenApiInteractionValidator
                    .createForSpecificationUrl(spec.toExternalForm())
                    .withResolveCombinators(true)
                    .withCustomRequestValidation(RootSecurityCheck.readFrom(spec))
                    .build());
        }
    }
}

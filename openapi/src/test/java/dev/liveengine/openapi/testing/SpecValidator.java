package dev.liveengine.openapi.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 *
 * <p><b>Webhooks.</b> The service posts its webhooks to the app, so they are not paths of the spec
 * but the entries of {@code x-webhooks}, which the library does not read. {@link #webhooks()} is a
 * validator for a copy of the bundle in which each webhook is the path
 * {@link #webhookPath(String) /webhooks/&lt;command word&gt;}: validate the service's event as the
 * request to that path and your server's answer as its response.
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
     * The validator for the bundle's webhooks, each at {@link #webhookPath(String)}; built on first use
     * and then reused.
     */
    public static SpecValidator webhooks() {
        return Webhooks.INSTANCE;
    }

    /** Where {@link #webhooks()} puts the webhook of a command word such as {@code Live.CallbackAfterCreateRoom}. */
    public static String webhookPath(String callbackCommand) {
        return "/webhooks/" + callbackCommand;
    }

    /**
     * The query parameters the service adds to a webhook's URL, with plausible values:
     * {@code SdkAppid}, {@code CallbackCommand}, {@code contenttype}, {@code ClientIP} and
     * {@code OptPlatform} (no {@code Sign}, as with signing off). A new modifiable map on each call.
     */
    public static Map<String, String> validWebhookQuery(String callbackCommand) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("SdkAppid", "1400000000");
        query.put("CallbackCommand", callbackCommand);
        query.put("contenttype", "json");
        query.put("ClientIP", "127.0.0.1");
        query.put("OptPlatform", "RESTAPI");
        return query;
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

    private static URL bundleUrl() {
        URL spec = SpecValidator.class.getResource(BUNDLE_RESOURCE);
        if (spec == null) {
            throw new IllegalStateException(BUNDLE_RESOURCE + " is not on the classpath;"
                    + " it is written by the openapi module's build (process-classes)");
        }
        return spec;
    }

    /** Lazy holder of the webhook validator. */
    private static final class Webhooks {
        static final SpecValidator INSTANCE = load();

        private static SpecValidator load() {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectNode spec;
            try {
                spec = (ObjectNode) yaml.readTree(bundleUrl());
            } catch (IOException e) {
                throw new UncheckedIOException(BUNDLE_RESOURCE, e);
            }
            JsonNode webhooks = spec.remove("x-webhooks");
            ObjectNode paths = spec.putObject("paths");
            if (webhooks != null) {
                webhooks.properties().forEach(webhook -> paths.set(webhookPath(webhook.getKey()), webhook.getValue()));
            }
            try {
                return new SpecValidator(OpenApiInteractionValidator
                        .createForInlineApiSpecification(yaml.writeValueAsString(spec))
                        .withResolveCombinators(true)
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Lazy holder: the class is initialised, and the spec parsed, on the first call only. */
    private static final class Bundled {
        static final SpecValidator INSTANCE = load();

        private static SpecValidator load() {
            URL spec = bundleUrl();
            return new SpecValidator(OpenApiInteractionValidator
                    .createForSpecificationUrl(spec.toExternalForm())
                    .withResolveCombinators(true)
                    .withCustomRequestValidation(RootSecurityCheck.readFrom(spec))
                    .build());
        }
    }
}

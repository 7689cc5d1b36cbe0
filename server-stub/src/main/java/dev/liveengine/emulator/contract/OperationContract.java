package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the spec says about one operation, compiled once at start-up: its names, its query
 * parameters, its request and reply schemas, its rate limit and its documented error codes.
 */
public final class OperationContract {

    private static final Pattern VERSION_SEGMENT = Pattern.compile("/v\\d+/");
    /**
     * Each service answers a bad parameter with its own code, and an operation documents its
     * service's: Live's 100002 or the profile service's 40001. The account service's is the common
     * 70402, which every operation documents, hence last.
     */
    private static final List<Integer> INVALID_PARAMETER_CODES =
            List.of(ErrorCodes.INVALID_PARAMETER, ErrorCodes.PROFILE_REQUEST_MALFORMED, ErrorCodes.PARAMETER_MISSING_OR_MALFORMED);

    private final String path;
    private final String name;
    private final String operationId;
    private final boolean liveEngineApi;
    private final boolean asksTheAppFirst;
    private final List<QueryParameterRule> queryParameters;
    private final LazySchema bodySchema;
    private final LazySchema replySchema;
    private final Optional<RateLimit> rateLimit;
    private final Set<Integer> documentedErrorCodes;
    private final int invalidParameterCode;

    OperationContract(String path, String operationId, boolean liveEngineApi, boolean asksTheAppFirst, List<QueryParameterRule> queryParameters,
                      LazySchema bodySchema, LazySchema replySchema, Optional<RateLimit> rateLimit,
                      Set<Integer> documentedErrorCodes) {
        this.path = path;
        this.name = nameOf(path);
        this.operationId = operationId;
        this.liveEngineApi = liveEngineApi;
        this.asksTheAppFirst = asksTheAppFirst;
        this.queryParameters = List.copyOf(queryParameters);
        this.bodySchema = bodySchema;
        this.replySchema = replySchema;
        this.rateLimit = rateLimit;
        this.documentedErrorCodes = documentedErrorCodes;
        this.invalidParameterCode = INVALID_PARAMETER_CODES.stream().filter(documentedErrorCodes::contains).findFirst()
                .orElse(ErrorCodes.PARAMETER_MISSING_OR_MALFORMED);
    }

    /**
     * An operation's name: its path without the leading slash and version, such as
     * {@code live_engine_http_srv/send_gift} for {@code /v4/live_engine_http_srv/send_gift} or
     * {@code emulator/reset} for {@code /emulator/v1/reset}. Unique, since the path is.
     */
    static String nameOf(String path) {
        return VERSION_SEGMENT.matcher(path).replaceFirst("/").substring(1);
    }

    public String path() {
        return path;
    }

    /** See {@link #nameOf}. */
    public String name() {
        return name;
    }

    public String operationId() {
        return operationId;
    }

    /** The command part of the path, such as {@code send_gift}. */
    public String command() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True for the Live Engine API, false for the emulator's own control API. */
    public boolean isLiveEngineApi() {
        return liveEngineApi;
    }

    /**
     * Whether the operation may ask the app's server before it acts (a "Before" webhook lists it in
     * {@code x-triggered-by}), and so wait up to the webhook's time limit: such an operation takes the
     * state lock itself, only once it has the answer, and runs off the I/O threads while a "Before"
     * webhook is switched on.
     */
    public boolean asksTheAppFirst() {
        return asksTheAppFirst;
    }

    /** The documented rate limit; the control API has none. */
    public Optional<RateLimit> rateLimit() {
        return rateLimit;
    }

    /** Codes the operation may answer besides 0: its own {@code x-error-codes} and the common ones. */
    public Set<Integer> documentedErrorCodes() {
        return documentedErrorCodes;
    }

    /** What is wrong with a reply of this operation according to its schema, or nothing. */
    public List<String> replyProblems(JsonNode reply) {
        return replySchema.get().validate(reply).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Refuses the request (60002) when one of the operation's own query parameters is wrong. */
    public void checkQuery(Map<String, Deque<String>> query) {
        for (QueryParameterRule rule : queryParameters) {
            Deque<String> values = query.get(rule.name());
            String problem = rule.problemWith(values == null ? null : values.peekFirst());
            if (problem != null) {
                throw new ServiceException(ErrorCodes.HTTP_REQUEST_MALFORMED, problem);
            }
        }
    }

    /**
     * Refuses a body that breaks the request schema: 60015 when an account field is not a string
     * (the service's own code for that), else the service's code for a bad parameter (see
     * {@link #INVALID_PARAMETER_CODES}). The first problem in document order is reported, so the
     * same body always gets the same answer.
     */
    public void checkBody(JsonNode body) {
        UnicodeText.firstUnpairedSurrogate(body).ifPresent(location -> {
            throw new ServiceException(invalidParameterCode, location + ": holds an unpaired UTF-16 surrogate (such as \\ud800),"
                    + " which is no Unicode text: its length in UTF-8 bytes, which the limits count, does not exist");
        });
        Set<ValidationMessage> messages = bodySchema.get().validate(body);
        if (messages.isEmpty()) {
            return;
        }
        ValidationMessage first = messages.stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .orElseThrow();
        boolean accountType = "type".equals(first.getType()) && first.getInstanceLocation().toString().contains("_Account");
        String location = first.getInstanceLocation().toString().replaceFirst("^[/$.]+", "");
        throw new ServiceException(accountType ? ErrorCodes.ACCOUNT_FIELD_NOT_STRING : invalidParameterCode,
                (location.isEmpty() ? "request body" : location) + ": " + withoutLocation(first));
    }

    /** The validator's message without the instance location it starts with. */
    static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return colon < 0 ? text : text.substring(colon + 2);
    }
}

package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.liveengine.emulator.ServiceException;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the spec says about one operation, compiled once at start-up: its query parameters, its
 * request body schema and its rate limit.
 */
public final class OperationContract {

    /** The service's code for invalid fields, and for account fields that are not strings. */
    static final int INVALID_PARAMETER = 100002;
    static final int ACCOUNT_NOT_A_STRING = 60015;
    static final int MALFORMED_URL = 60002;

    private final String path;
    private final List<QueryParameterRule> queryParameters;
    private final JsonSchema bodySchema;
    private final RateLimit rateLimit;

    OperationContract(String path, List<QueryParameterRule> queryParameters, JsonSchema bodySchema, RateLimit rateLimit) {
        this.path = path;
        this.queryParameters = List.copyOf(queryParameters);
        this.bodySchema = bodySchema;
        this.rateLimit = rateLimit;
    }

    public String path() {
        return path;
    }

    /** The command part of the path, such as {@code send_gift}. */
    public String command() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    /** Refuses the request (60002) when one of the operation's own query parameters is wrong. */
    public void checkQuery(Map<String, Deque<String>> query) {
        for (QueryParameterRule rule : queryParameters) {
            Deque<String> values = query.get(rule.name());
            String problem = rule.problemWith(values == null ? null : values.peekFirst());
            if (problem != null) {
                throw new ServiceException(MALFORMED_URL, problem);
            }
        }
    }

    /**
     * Refuses a body that breaks the request schema: 60015 when an account field is not a string
     * (the service's own code for that), 100002 for anything else. The first problem in document
     * order is reported, so the same body always gets the same answer.
     */
    public void checkBody(JsonNode body) {
        Set<ValidationMessage> messages = bodySchema.validate(body);
        if (messages.isEmpty()) {
            return;
        }
        ValidationMessage first = messages.stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .orElseThrow();
        boolean accountType = "type".equals(first.getType()) && first.getInstanceLocation().toString().contains("_Account");
        String location = first.getInstanceLocation().toString().replaceFirst("^[/$.]+", "");
        throw new ServiceException(accountType ? ACCOUNT_NOT_A_STRING : INVALID_PARAMETER,
                (location.isEmpty() ? "request body" : location) + ": " + withoutLocation(first));
    }

    /** The validator's message without the instance location it starts with. */
    static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return colon < 0 ? text : text.substring(colon + 2);
    }
}

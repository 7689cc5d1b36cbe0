package dev.liveengine.emulator.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.webhook.Webhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Holds every reply the emulator sends to the spec, for test suites: a complete envelope, an
 * {@code ErrorCode} among the codes the operation documents (or 0 for OK), and a body valid
 * against the operation's reply schema. A failure injected through the control API may carry any
 * code, since the user chose it. Problems are collected, not thrown, so the reply still goes out and
 * the test that caused it can report them.
 */
public final class ReplyCheck {

    private static final Pattern REQUEST_ID = Pattern.compile("Id-[0-9a-f]{32}-O-Seq-\\d+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();

    void check(OperationContract operation, byte[] reply, boolean injected) {
        JsonNode tree;
        try {
            tree = JSON.readTree(reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>(operation.replyProblems(tree));
        String status = tree.path("ActionStatus").asText();
        int code = tree.path("ErrorCode").asInt(-1);
        if (!REQUEST_ID.matcher(tree.path("RequestId").asText()).matches()) {
            found.add("RequestId is not shaped Id-<32 hex>-O-Seq-<n>");
        }
        if ("OK".equals(status) != (code == 0)) {
            found.add("ActionStatus " + status + " with ErrorCode " + code);
        }
        // an operation that asks the app first may also answer the app's own code, from its documented range
        boolean fromTheApp = operation.asksTheAppFirst() && Webhooks.isPassedThrough(code);
        if (code != 0 && !injected && !fromTheApp && !operation.documentedErrorCodes().contains(code)) {
            found.add("ErrorCode " + code + " is not documented for this operation");
        }
        if (!found.isEmpty()) {
            synchronized (problems) {
                problems.add(operation.name() + " answered " + new String(reply, java.nio.charset.StandardCharsets.UTF_8) + ": " + found);
            }
        }
    }

    /** Holds a webhook body the emulator sends to the spec's schema for its callback command. */
    public void checkWebhook(SpecContract contract, String callbackCommand, JsonNode event) {
        List<String> found = contract.webhookProblems(callbackCommand, event);
        if (!found.isEmpty()) {
            synchronized (problems) {
                problems.add("webhook " + callbackCommand + " sent " + event + ": " + found);
            }
        }
    }

    /** The problems found since the last call, which are then forgotten. */
    public List<String> takeProblems() {
        synchronized (problems) {
            List<String> taken = List.copyOf(problems);
            problems.clear();
            return taken;
        }
    }
}

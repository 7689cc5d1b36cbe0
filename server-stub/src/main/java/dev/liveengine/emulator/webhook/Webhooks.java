package dev.liveengine.emulator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.WebhookConfigStore.Target;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Clock;
import org.xnio.XnioIoThread;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the providers use to call the app's server back. A provider reports a change with
 * {@link #after} while it makes the change; the callback leaves once the operation has committed
 * (never for a refused one) and without holding the caller up. A provider asks permission with
 * {@link #before} before it takes the state lock, and waits for the answer up to the sender's
 * time limit ({@link #BEFORE_LIMIT} unless set otherwise). Either way nothing happens unless the app has switched that callback command on.
 *
 * <p>The callback command is read from the event itself ({@code CallbackCommand}), so the event's
 * model, generated from the spec's webhook schema, is the one place that says which command it is.
 */
public final class Webhooks {

    /** The codes an app may pass to the sender of a gift, and of a message, as documented. */
    public static final CodeRange GIFT_CODES = new CodeRange(102100, 102200);
    public static final CodeRange MESSAGE_CODES = new CodeRange(10100, 10200);

    /** Whether {@code code} is one an app may pass through a "Before" webhook to the caller. */
    public static boolean isPassedThrough(int code) {
        return GIFT_CODES.contains(code) || MESSAGE_CODES.contains(code);
    }

    /** Codes from {@code first} to {@code last}, both included. */
    public record CodeRange(int first, int last) {
        public boolean contains(int code) {
            return code >= first && code <= last;
        }
    }

    /** How long the service waits for a "Before" callback's answer. */
    public static final Duration BEFORE_LIMIT = Duration.ofSeconds(2);
    /** Where the REST-caused callbacks say they come from. */
    private static final String REST_PLATFORM = "RESTAPI";
    /** End-user events come from a client the emulator does not know. */
    private static final String END_USER_PLATFORM = "Unknown";
    private static final String LOOPBACK = "127.0.0.1";

    /** The app's answer to a "Before" callback. */
    public sealed interface Answer {
        /** The app has not switched the callback on: the service acts without asking. */
        record NotAsked() implements Answer {
        }

        /** No usable answer: none within the limit, not HTTP 200, or not a JSON object. */
        record NoAnswer() implements Answer {
        }

        /** The app's reply, a JSON object with at least an integer {@code ErrorCode}. */
        record Reply(JsonNode body) implements Answer {
            public int errorCode() {
                return body.path("ErrorCode").asInt();
            }

            public String errorInfo() {
                return body.path("ErrorInfo").asText("");
            }
        }
    }

    private final WebhookConfigStore config;
    private final WebhookSender sender;
    private final EmulatorState state;
    private final ObjectMapper json;
    private final long sdkAppId;
    private final EventCheck check;

    /** Looks at every event the emulator sends, such as the test suites' check against the spec. */
    @FunctionalInterface
    public interface EventCheck {
        void check(String callbackCommand, JsonNode event);
    }

    private final Clock clock;

    public Webhooks(WebhookConfigStore config, WebhookSender sender, EmulatorState state, ObjectMapper json, long sdkAppId,
                    Clock clock, EventCheck check) {
        this.clock = clock;
        this.check = check;
        this.config = config;
        this.sender = sender;
        this.state = state;
        this.json = json;
        this.sdkAppId = sdkAppId;
    }

    /** The {@code EventTime} of an event happening now: Unix time in milliseconds. */
    public long eventTime() {
        return clock.millis();
    }

    /**
     * The same fields as another model: the events carry a room's settings under the names the room
     * commands use, so an event's room block is the command's one, read field by field.
     */
    public <T> T sameFieldsAs(Object model, Class<T> eventType) {
        return json.convertValue(model, eventType);
    }

    /** Reports a change made by a REST call; call it under the state lock, in the operation that makes the change. */
    public void after(Object event) {
        deliverAfterCommit(event, REST_PLATFORM);
    }

    /** Reports a change made by an end user (an event of the control API); call it like {@link #after}. */
    public void afterEndUserEvent(Object event) {
        deliverAfterCommit(event, END_USER_PLATFORM);
    }

    /**
     * Asks the app whether to go on, and waits for the answer; call it outside the state lock and
     * off the HTTP server's I/O threads.
     */
    public Answer before(Object event) {
        if (Thread.currentThread() instanceof XnioIoThread) {
            // the front ran this call on its I/O thread because no "Before" webhook was on when the
            // request came; one switched on since is taken as having come after it, and not waited for here
            return new Answer.NotAsked();
        }
        JsonNode tree = json.valueToTree(event);
        String body = tree.toString();
        String command = tree.path("CallbackCommand").asText();
        check.check(command, tree);
        Optional<Target> target = state.atomically(() -> config.target(command));
        if (target.isEmpty()) {
            return new Answer.NotAsked();
        }
        return sender.ask(command, target.get(), origin(REST_PLATFORM), body)
                .filter(answer -> answer.status() == 200)
                .flatMap(answer -> readReply(answer.body()))
                .<Answer>map(Answer.Reply::new)
                .orElseGet(Answer.NoAnswer::new);
    }

    /** The latest deliveries, newest first. */
    public List<Delivery> deliveries(int limit) {
        return sender.deliveries(limit);
    }

    /** Forgets the record of deliveries and the callbacks still queued, as a reset of the emulator does. */
    public void reset() {
        sender.reset();
    }

    /** Sends a recorded delivery's body again, to where its callback command goes now. */
    public void replay(long deliveryId) {
        Delivery delivery = sender.delivery(deliveryId).orElseThrow(() -> new ServiceException(ErrorCodes.INVALID_PARAMETER,
                "the emulator holds no webhook delivery " + deliveryId));
        Target target = state.atomically(() -> config.target(delivery.callbackCommand())).orElseThrow(() -> new ServiceException(
                ErrorCodes.INVALID_PARAMETER, delivery.callbackCommand() + " is not switched on any more"));
        sender.send(delivery.callbackCommand(), target, origin(REST_PLATFORM), delivery.body());
    }

    /** Waits until every queued "After" webhook has been sent (see {@link WebhookSender#awaitSent}). */
    public boolean awaitSent(Duration max) throws InterruptedException {
        return sender.awaitSent(max);
    }

    /** Whether any "Before" webhook is switched on, so that a command that may ask the app has to run on a worker thread. */
    public boolean mayAskTheApp() {
        return config.asksTheApp();
    }

    /** Whether the gift pre-check lets a gift through when the app gives no usable answer. */
    public boolean giftCheckFailsOpen() {
        return state.atomically(config::giftCheckFailsOpen);
    }

    private void deliverAfterCommit(Object event, String platform) {
        JsonNode tree = json.valueToTree(event);
        String body = tree.toString();
        String command = tree.path("CallbackCommand").asText();
        check.check(command, tree);
        config.target(command).ifPresent(target ->
                state.afterCommit(() -> sender.send(command, target, origin(platform), body)));
    }

    private WebhookSender.Origin origin(String platform) {
        return new WebhookSender.Origin(sdkAppId, LOOPBACK, platform);
    }

    private Optional<JsonNode> readReply(String body) {
        try {
            JsonNode reply = json.readTree(body);
            return reply != null && reply.isObject() && reply.path("ErrorCode").canConvertToInt()
                    && reply.path("ErrorCode").isIntegralNumber() ? Optional.of(reply) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

}

package dev.liveengine.emulator.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.auth.Authenticator;
import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.control.Faults;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.http.HttpFront;
import dev.liveengine.emulator.http.QueryString;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.model.ActionStatus;
import dev.liveengine.server.model.BaseResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Takes one HTTP request through the steps the service applies, in its order: route, method,
 * credentials, query parameters, rate limit, body, then the operation itself, run whole under the
 * state lock. Whatever happens, the answer is an envelope: a refusal becomes {@code FAIL} with the
 * documented code, and even a bug in the emulator becomes a FAIL 100001 rather than an HTTP 500.
 * Calls of the Live Engine API are journaled and subject to injected faults; calls of the control
 * API are not.
 */
public final class RequestPipeline implements HttpFront.Api {

    /** Body size the emulator accepts, as the service's own front end does. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** The JSON reply and how long to hold it back (an injected delay). */
    public record Reply(byte[] body, long delayMillis) {
    }

    /** Parts the pipeline works with, built by the emulator at start-up. */
    public record Parts(RouteTable routes, Authenticator authenticator, RateLimiter rateLimiter, EmulatorState state,
                        Faults faults, Journal journal, Optional<ReplyCheck> replyCheck, Clock clock, ObjectMapper json,
                        BooleanSupplier mayAskTheApp) {
    }

    private final Parts parts;
    private final RequestIds requestIds = new RequestIds();

    public RequestPipeline(Parts parts) {
        this.parts = parts;
    }

    @Override
    public Reply handle(String method, String path, String rawQuery, byte[] body) {
        Optional<Route> route = parts.routes().find(path);
        boolean injected = false;
        BaseResponse reply;
        try {
            reply = process(route, method, rawQuery, body).actionStatus(ActionStatus.OK).errorCode(0).errorInfo("");
        } catch (InjectedFailure failure) {
            injected = true;
            reply = fail(failure.refusal);
        } catch (ServiceException refusal) {
            reply = fail(refusal);
        } catch (RuntimeException bug) {
            System.err.println("[emulator] internal error on " + path + ": " + bug);
            reply = fail(new ServiceException(ErrorCodes.LIVE_ENGINE_INTERNAL_ERROR, "internal error in the emulator; please report it"));
        }
        reply.requestId(requestIds.next());
        byte[] bytes = write(reply);
        long delay = 0;
        // only operations of the Live Engine API: the journal lists each call by its operation, which an
        // unknown path does not have
        Optional<OperationContract> liveEngine = route.map(Route::contract).filter(OperationContract::isLiveEngineApi);
        if (liveEngine.isPresent()) {
            parts.journal().record(new Journal.Call(liveEngine.get().name(), liveEngine.get().operationId(),
                    reply.getRequestId(), reply.getErrorCode(), parts.clock().instant()));
            delay = parts.faults().takeDelay(liveEngine.get().name());
        }
        if (route.isPresent() && parts.replyCheck().isPresent()) {
            parts.replyCheck().get().check(route.get().contract(), bytes, injected);
        }
        return new Reply(bytes, delay);
    }

    private BaseResponse process(Optional<Route> found, String method, String rawQuery, byte[] body) {
        Route route = found.orElseThrow(() -> new ServiceException(ErrorCodes.UNKNOWN_SERVICE_OR_COMMAND, "no such service or command"));
        OperationContract operation = route.contract();
        if (!"POST".equals(method)) {
            throw new ServiceException(ErrorCodes.HTTP_REQUEST_MALFORMED, "use POST; " + method + " is not accepted");
        }
        Map<String, Deque<String>> query = QueryString.parse(rawQuery).orElseThrow(() -> new ServiceException(
                ErrorCodes.HTTP_REQUEST_MALFORMED, "the query string is malformed: a broken %-escape or bytes that are not UTF-8"));
        String caller = parts.authenticator().authenticate(query);
        operation.checkQuery(query);
        parts.rateLimiter().acquire(operation);
        JsonNode tree = parse(body);
        operation.checkBody(tree);
        Object request;
        try {
            request = parts.json().treeToValue(tree, route.requestType());
        } catch (JsonProcessingException e) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "the request body does not match " + operation.name());
        }
        if (operation.isLiveEngineApi()) {
            Optional<ServiceException> injected = parts.faults().takeFailure(operation.name());
            if (injected.isPresent()) {
                throw new InjectedFailure(injected.get());
            }
        }
        Supplier<BaseResponse> run = () -> Caller.actingAs(caller, () -> route.handler().apply(request));
        // an operation that asks the app first must not hold the lock while it waits: it takes the lock itself
        return operation.asksTheAppFirst() ? run.get() : parts.state().atomically(run);
    }

    /**
     * Whether a request on the path may wait on the app's server: its operation may ask the app first
     * (see {@link OperationContract#asksTheAppFirst()}) and a "Before" webhook is switched on. Otherwise
     * it stays on the I/O thread, which saves the hand-over to a worker on the busiest commands.
     */
    @Override
    public boolean mayWait(String path) {
        return parts.routes().find(path).map(route -> route.contract().asksTheAppFirst()).orElse(false)
                && parts.mayAskTheApp().getAsBoolean();
    }

    private static BaseResponse fail(ServiceException refusal) {
        return refusal.reply().actionStatus(ActionStatus.FAIL).errorCode(refusal.errorCode()).errorInfo(refusal.errorInfo());
    }

    private JsonNode parse(byte[] body) {
        if (body == null) {
            throw new ServiceException(ErrorCodes.HTTP_REQUEST_MALFORMED, "the request body could not be read (at most " + MAX_BODY_BYTES + " bytes are accepted)");
        }
        return JsonBody.read(body, parts.json());
    }

    private byte[] write(BaseResponse reply) {
        try {
            return parts.json().writeValueAsBytes(reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal injected through the control API rather than decided by the emulator's own logic. */
    private static final class InjectedFailure extends RuntimeException {
        final ServiceException refusal;

        InjectedFailure(ServiceException refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }
}

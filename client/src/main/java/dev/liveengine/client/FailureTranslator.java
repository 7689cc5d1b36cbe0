package dev.liveengine.client;

import dev.liveengine.client.error.ErrorCategory;
import dev.liveengine.client.error.LiveEngineException;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.error.LiveEngineTransportException;
import dev.liveengine.client.model.ActionStatus;
import dev.liveengine.client.model.BaseResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Turns what came back from a call into the client's exceptions. None of them quotes the request
 * URL, which carries the UserSig: OkHttp's I/O exceptions name at most the host and port, and
 * Jackson's leave the source out of their messages.
 */
final class FailureTranslator {

    private FailureTranslator() {
    }

    /** Null when the reply reports success; otherwise the failure it reports. */
    static LiveEngineException fromReply(Operation<?> operation, BaseResponse reply) {
        Integer code = reply == null ? null : reply.getErrorCode();
        if (reply != null && reply.getActionStatus() == ActionStatus.OK && code != null && code == 0) {
            return null;
        }
        String name = operation.name();
        if (reply == null) {
            return new LiveEngineTransportException(name, "the reply had no body", true, null);
        }
        if (code == null || code == 0) {
            return new LiveEngineTransportException(name,
                    "the reply envelope is inconsistent (ActionStatus " + reply.getActionStatus() + ", ErrorCode " + code + ")",
                    true, null);
        }
        return LiveEngineServiceException.of(name, code, reply.getErrorInfo(), reply.getRequestId());
    }

    static LiveEngineException fromIOException(Operation<?> operation, IOException e) {
        String name = operation.name();
        if (e instanceof OkHttpTransport.UnexpectedStatusException status) {
            return new LiveEngineTransportException(name, "the service answered HTTP " + status.status(), true, null);
        }
        if (e instanceof JsonProcessingException) {
            return new LiveEngineTransportException(name, "the reply body is not the documented JSON", true, e);
        }
        boolean neverConnected = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
        return new LiveEngineTransportException(name,
                neverConnected ? "could not connect to the service" : "the exchange failed or timed out", !neverConnected, e);
    }

    /** Whether sending the same request again can neither do harm nor be pointless. */
    static boolean mayRetry(LiveEngineException failure, boolean idempotent) {
        if (failure instanceof LiveEngineServiceException service) {
            // a rate-limited call was refused outright; a server error may have been half applied
            ErrorCategory category = service.category();
            return category.isTransient() && (idempotent || category == ErrorCategory.RATE_LIMITED);
        }
        if (failure instanceof LiveEngineTransportException transport) {
            return !transport.requestWasSent() || idempotent;
        }
        return false;
    }
}

package dev.liveengine.client;

import dev.liveengine.client.error.LiveEngineException;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.error.LiveEngineTransportException;
import dev.liveengine.client.model.ActionStatus;
import dev.liveengine.client.model.BaseResponse;
import feign.FeignException;
import feign.RetryableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Turns what came back from a call into the client's exceptions. Feign's own exceptions quote the
 * request URL, which carries the UserSig, so they are never passed on as a cause: only the
 * underlying I/O or parsing error is.
 */
final class FailureTranslator {

    private FailureTranslator() {
    }

    /** Null when the reply reports success; otherwise the failure it reports. */
    static LiveEngineException fromReply(String command, BaseResponse reply) {
        if (reply == null) {
            return new LiveEngineTransportException(command, "the reply had no body", true, null);
        }
        Integer code = reply.getErrorCode();
        if (reply.getActionStatus() == ActionStatus.OK && code != null && code == 0) {
            return null;
        }
        if (code == null || code == 0) {
            return new LiveEngineTransportException(command,
                    "the reply envelope is inconsistent (ActionStatus " + reply.getActionStatus() + ", ErrorCode " + code + ")",
                    true, null);
        }
        return LiveEngineServiceException.of(command, code, reply.getErrorInfo(), reply.getRequestId());
    }

    static LiveEngineException fromFeign(String command, FeignException e) {
        if (e instanceof RetryableException && e.getCause() instanceof IOException io) {
            boolean neverConnected = io instanceof ConnectException || io instanceof UnknownHostException
                    || io instanceof NoRouteToHostException;
            return new LiveEngineTransportException(command,
                    neverConnected ? "could not connect to the service" : "the exchange failed or timed out",
                    !neverConnected, io);
        }
        // Feign reports a 2xx body it could not read either as DecodeException or with the 2xx status
        if (e instanceof feign.codec.DecodeException || (e.status() >= 200 && e.status() < 300)) {
            return new LiveEngineTransportException(command, "the reply body is not the documented JSON", true, e.getCause());
        }
        if (e.status() > 0) {
            return new LiveEngineTransportException(command, "the service answered HTTP " + e.status(), true, null);
        }
        return new LiveEngineTransportException(command, "the request failed (" + e.getClass().getSimpleName() + ")", true, null);
    }

    /** Whether sending the same request again can neither do harm nor be pointless. */
    static boolean mayRetry(LiveEngineException failure, boolean idempotent) {
        if (failure instanceof LiveEngineServiceException service) {
            return switch (service.category()) {
                case RATE_LIMITED -> true;
                case SERVER_ERROR -> idempotent;
                default -> false;
            };
        }
        if (failure instanceof LiveEngineTransportException transport) {
            return !transport.requestWasSent() || idempotent;
        }
        return false;
    }
}

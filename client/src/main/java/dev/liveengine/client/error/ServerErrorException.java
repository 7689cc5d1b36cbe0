package dev.liveengine.client.error;

/** The service failed internally or timed out; the same request may succeed later. */
public class ServerErrorException extends LiveEngineServiceException {

    public ServerErrorException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}

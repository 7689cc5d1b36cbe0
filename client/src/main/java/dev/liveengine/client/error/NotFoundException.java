package dev.liveengine.client.error;

/** The room, gift, task or other object the request names does not exist. */
public class NotFoundException extends LiveEngineServiceException {

    public NotFoundException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}

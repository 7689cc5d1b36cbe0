package dev.liveengine.client.error;

/** The room, gift, task or other object the command names does not exist. */
public class NotFoundException extends LiveEngineServiceException {

    public NotFoundException(String command, int errorCode, String errorInfo, String requestId) {
        super(command, errorCode, errorInfo, requestId);
    }
}

package dev.liveengine.client.error;

/** The credentials were refused: a wrong, expired or malformed UserSig, or an unknown SDKAppID. */
public class AuthenticationException extends LiveEngineServiceException {

    public AuthenticationException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}

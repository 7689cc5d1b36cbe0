package dev.liveengine.client.webhook;

/**
 * A verified webhook: its callback command, where the service says it came from, and the body
 * parsed into the event model the spec gives that command (such as {@code AfterCreateRoomEvent}).
 *
 * @param platform the {@code OptPlatform} query parameter ({@code RESTAPI}, {@code Android}, ...), or null
 * @param clientIp the {@code ClientIP} query parameter, or null
 */
public record WebhookEvent(String callbackCommand, Object data, String platform, String clientIp) {

    /** The event as its model type; fails if the command carries another type. */
    public <T> T data(Class<T> type) {
        if (!type.isInstance(data)) {
            throw new IllegalArgumentException(callbackCommand + " carries " + data.getClass().getSimpleName()
                    + ", not " + type.getSimpleName());
        }
        return type.cast(data);
    }
}

package dev.liveengine.client;

import dev.liveengine.client.model.BaseResponse;
import java.util.List;

/**
 * What the spec says about one operation, as the generated {@link LiveEngineOperations} hands it to
 * the transport: where to send it, what its reply is, which of the common query parameters it
 * takes, and whether sending it twice is harmless ({@code x-idempotent}).
 */
record Operation<T extends BaseResponse>(String path, Class<T> replyType, List<String> queryParameters, boolean idempotent) {

    /**
     * The operation as the service names it, {@code <servicename>/<command>} from the path, such as
     * {@code live_engine_http_srv/send_gift}.
     */
    String name() {
        return path.substring(path.indexOf('/', 1) + 1);
    }
}

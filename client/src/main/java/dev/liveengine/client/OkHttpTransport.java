package dev.liveengine.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.auth.UserSigSource;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.client.model.ContentType;
import java.io.IOException;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one operation over OkHttp: the path from the spec, the three credentials and the operation's
 * common query parameters, the body as JSON bytes, and the reply read straight from the stream.
 */
final class OkHttpTransport {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final String sdkAppId;
    private final String identifier;
    private final UserSigSource userSig;
    private final LongSupplier random;

    OkHttpTransport(OkHttpClient http, HttpUrl baseUrl, ObjectMapper json, long sdkAppId, String identifier,
                    UserSigSource userSig, LongSupplier random) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.json = json;
        this.sdkAppId = Long.toString(sdkAppId);
        this.identifier = identifier;
        this.userSig = userSig;
        this.random = random;
    }

    <T extends BaseResponse> T send(Operation<T> operation, Object body) throws IOException {
        HttpUrl.Builder url = baseUrl.newBuilder()
                .addPathSegments(operation.path().substring(1))
                .addQueryParameter("sdkappid", sdkAppId)
                .addQueryParameter("identifier", identifier)
                .addQueryParameter("usersig", userSig.current());
        for (String name : operation.queryParameters()) {
            url.addQueryParameter(name, commonParameter(name));
        }
        Request request = new Request.Builder()
                .url(url.build())
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new UnexpectedStatusException(response.code());
            }
            return json.readValue(response.body().byteStream(), operation.replyType());
        }
    }

    /** The value of a common query parameter the spec gives an operation; {@code random} is fresh each time. */
    private String commonParameter(String name) {
        return switch (name) {
            case "random" -> Long.toString(random.getAsLong());
            case "contenttype" -> ContentType.JSON.getValue();
            default -> throw new IllegalStateException("the spec names a query parameter this client cannot fill: " + name);
        };
    }

    /** The service answered with an HTTP status other than 200, which it does only when the network failed. */
    static final class UnexpectedStatusException extends IOException {
        private final int status;

        UnexpectedStatusException(int status) {
            super("HTTP " + status, null);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}

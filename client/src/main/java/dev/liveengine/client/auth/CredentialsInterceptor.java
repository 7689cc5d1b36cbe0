package dev.liveengine.client.auth;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds the three credential query parameters ({@code sdkappid}, {@code identifier},
 * {@code usersig}) to every request, so that no call site handles them.
 */
public final class CredentialsInterceptor implements RequestInterceptor {

    private final String sdkAppId;
    private final String identifier;
    private final UserSigSource userSig;

    public CredentialsInterceptor(long sdkAppId, String identifier, UserSigSource userSig) {
        this.sdkAppId = Long.toString(sdkAppId);
        this.identifier = identifier;
        this.userSig = userSig;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.query("sdkappid", sdkAppId);
        template.query("identifier", identifier);
        template.query("usersig", userSig.current());
    }

    @Override
    public String toString() {
        return "CredentialsInterceptor[sdkappid=" + sdkAppId + ", identifier=" + identifier + "]";
    }
}

package dev.liveengine.emulator.webhook;

import dev.liveengine.server.api.CallbackConfigApi;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.CallbackCommand;
import dev.liveengine.server.model.CallbackSettings;
import dev.liveengine.server.model.CallbackTokenSettings;
import dev.liveengine.server.model.GetCallbackResponse;
import dev.liveengine.server.model.GetCallbackTokenResponse;
import dev.liveengine.server.model.SetCallbackRequest;
import dev.liveengine.server.model.SetCallbackTokenRequest;
import dev.liveengine.server.model.UpdateCallbackRequest;
import dev.liveengine.usersig.WebhookToken;
import java.util.List;

/** The CallbackConfig operations ({@code /v4/live_config/...}): the app's webhook address, commands and token. */
public final class CallbackConfigProvider implements CallbackConfigApi {

    private final WebhookConfigStore config;

    public CallbackConfigProvider(WebhookConfigStore config) {
        this.config = config;
    }

    @Override
    public BaseResponse setCallback(SetCallbackRequest request) {
        config.create(request.getUrl(), values(request.getCallbackCommandList()));
        return new BaseResponse();
    }

    @Override
    public BaseResponse updateCallback(UpdateCallbackRequest request) {
        config.update(request.getUrl(), values(request.getCallbackCommandList()));
        return new BaseResponse();
    }

    @Override
    public GetCallbackResponse getCallback(Object request) {
        return new GetCallbackResponse().response(new CallbackSettings().url(config.url())
                .callbackCommandList(config.commands().stream().map(CallbackCommand::fromValue).toList()));
    }

    @Override
    public BaseResponse deleteCallback(Object request) {
        config.delete();
        return new BaseResponse();
    }

    @Override
    public BaseResponse setCallbackToken(SetCallbackTokenRequest request) {
        config.setToken(request.getToken() == null ? null : WebhookToken.of(request.getToken()), request.getIsTokenEnable());
        return new BaseResponse();
    }

    /** Answers the token itself, as the service does: the one place it leaves the emulator. */
    @Override
    public GetCallbackTokenResponse getCallbackToken(Object request) {
        return new GetCallbackTokenResponse().response(new CallbackTokenSettings()
                .token(config.token().reveal()).isTokenEnable(config.tokenEnabled()));
    }

    @Override
    public BaseResponse deleteCallbackToken(Object request) {
        config.deleteToken();
        return new BaseResponse();
    }

    private static List<String> values(List<CallbackCommand> commands) {
        return commands.stream().map(CallbackCommand::toString).distinct().toList();
    }
}

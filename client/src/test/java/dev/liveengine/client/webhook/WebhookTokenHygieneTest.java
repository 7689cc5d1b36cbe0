package dev.liveengine.client.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.client.model.CallbackTokenSettings;
import dev.liveengine.client.model.GetCallbackTokenResponse;
import dev.liveengine.client.model.SetCallbackTokenRequest;
import org.junit.jupiter.api.Test;

/** The webhook token is a secret: the models that carry it never print it. */
class WebhookTokenHygieneTest {

    private static final String TOKEN = "kdjsgjdskgjwejsdkkjgkjfklgjdfkjhnkdfh";

    @Test
    void theModelsCarryingTheTokenLeaveItOutOfToString() {
        String request = new SetCallbackTokenRequest().token(TOKEN).isTokenEnable(true).toString();
        String reply = new GetCallbackTokenResponse().response(new CallbackTokenSettings().token(TOKEN).isTokenEnable(true)).toString();
        assertFalse(request.contains(TOKEN), request);
        assertFalse(reply.contains(TOKEN), reply);
        assertTrue(request.contains("isTokenEnable: true"), "the rest is still shown: " + request);
    }
}

package dev.liveengine.emulator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.StoreSnapshots;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.usersig.WebhookToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookConfigStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
    private static final String CREATED = "Live.CallbackAfterCreateRoom";
    private static final String URL = "https://app.example.com/hooks";

    private final WebhookConfigStore store = new WebhookConfigStore();

    private static int codeOf(Runnable call) {
        return assertThrows(ServiceException.class, call::run).errorCode();
    }

    @Test
    void oneConfigurationPerApp() {
        assertEquals(ErrorCodes.WEBHOOK_CONFIG_NOT_FOUND, codeOf(store::url));
        assertEquals(ErrorCodes.WEBHOOK_CONFIG_NOT_FOUND, codeOf(() -> store.update(URL, List.of(CREATED))));
        store.create(URL, List.of(CREATED));
        assertEquals(ErrorCodes.WEBHOOK_CONFIG_ALREADY_EXISTS, codeOf(() -> store.create(URL + "/2", List.of())));
        assertEquals(URL, store.url(), "a refused create changes nothing");

        store.update(URL + "/2", List.of("Live.CallbackAfterDestroyRoom"));
        assertEquals(List.of("Live.CallbackAfterDestroyRoom"), store.commands(), "update replaces the whole list");
        store.delete();
        assertEquals(ErrorCodes.WEBHOOK_CONFIG_NOT_FOUND, codeOf(store::commands));
    }

    @Test
    void onlySwitchedOnCommandsHaveATargetAndOnlyAnEnabledTokenSigns() {
        assertEquals(Optional.empty(), store.target(CREATED), "nothing is configured");
        store.create(URL, List.of(CREATED));
        assertEquals(Optional.empty(), store.target("Live.CallbackAfterDestroyRoom"));
        assertEquals(Optional.empty(), store.target(CREATED).orElseThrow().token());

        WebhookToken token = WebhookToken.of("xxxxyyyy");
        store.setToken(token, false);
        assertEquals(Optional.empty(), store.target(CREATED).orElseThrow().token(), "a disabled token does not sign");
        store.setToken(null, true);
        assertEquals(Optional.of(token), store.target(CREATED).orElseThrow().token());
    }

    @Test
    void theFirstTokenNeedsBothFieldsAndAMissingTokenIs100302() {
        assertEquals(ErrorCodes.WEBHOOK_TOKEN_NOT_FOUND, codeOf(store::token));
        assertEquals(ErrorCodes.INVALID_PARAMETER, codeOf(() -> store.setToken(WebhookToken.of("t"), null)));
        assertEquals(ErrorCodes.INVALID_PARAMETER, codeOf(() -> store.setToken(null, true)));
        store.setToken(WebhookToken.of("t"), true);
        store.setToken(WebhookToken.of("u"), null);
        assertEquals("u", store.token().reveal());
        assertTrue(store.tokenEnabled(), "a later call changes only what it gives");
        store.deleteToken();
        assertEquals(ErrorCodes.WEBHOOK_TOKEN_NOT_FOUND, codeOf(store::tokenEnabled));
    }

    @Test
    void itSaysWhetherABeforeWebhookIsOnWhichTheSwitchIsNot() {
        assertFalse(store.asksTheApp());
        store.create(URL, List.of(CREATED, WebhookConfigStore.GIFT_CHECK_FAILS_OPEN));
        assertFalse(store.asksTheApp(), "After webhooks and the non-blocking switch ask nothing");
        store.update(URL, List.of("Group.CallbackBeforeSendMsg"));
        assertTrue(store.asksTheApp());
        store.delete();
        assertFalse(store.asksTheApp());
    }

    @Test
    void theNonBlockingSwitchMakesTheGiftCheckFailOpen() {
        store.create(URL, List.of("Live.CallbackBeforeSendGift"));
        assertFalse(store.giftCheckFailsOpen());
        store.update(URL, List.of("Live.CallbackBeforeSendGift", WebhookConfigStore.GIFT_CHECK_FAILS_OPEN));
        assertTrue(store.giftCheckFailsOpen());
    }

    @Test
    void aSnapshotKeepsTheConfigurationButNeverTheToken() throws Exception {
        store.create(URL, List.of(CREATED));
        store.setToken(WebhookToken.of("secret-token-value"), true);
        JsonNode exported = store.export(JSON);
        assertFalse(exported.toString().contains("secret-token-value"), exported.toString());
        assertEquals(JSON.readTree("{\"Config\": {\"Url\": \"" + URL + "\", \"CallbackCommands\": [\"" + CREATED + "\"]}}"), exported);

        WebhookConfigStore restored = new WebhookConfigStore();
        StoreSnapshots.restore(restored, exported);
        assertEquals(List.of(CREATED), restored.commands());
        assertEquals(Optional.empty(), restored.target(CREATED).orElseThrow().token(), "unsigned until the token is set again");
    }

    @Test
    void aHandWrittenSnapshotMayGiveATokenWhichIsThenNeverExported() throws Exception {
        StoreSnapshots.restore(store, JSON.readTree("{\"Config\": {\"Url\": \"" + URL + "\", \"CallbackCommands\": [\"" + CREATED + "\"]},"
                + " \"Token\": \"hand-written-token\", \"TokenEnabled\": true}"));
        assertEquals(Optional.of("hand-written-token"), store.target(CREATED).orElseThrow().token().map(WebhookToken::reveal));
        assertFalse(store.export(JSON).toString().contains("hand-written-token"));

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> StoreSnapshots.restore(store, JSON.readTree("{\"Token\": 12345678}")));
        assertFalse(wrong.getMessage().contains("12345678"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoreSnapshots.restore(store, JSON.readTree("{\"Secret\": \"x\"}")));
    }
}

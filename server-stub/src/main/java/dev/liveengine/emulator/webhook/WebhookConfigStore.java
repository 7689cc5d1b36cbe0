package dev.liveengine.emulator.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.state.SnapshotSection;
import dev.liveengine.emulator.state.Store;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.usersig.WebhookToken;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's webhook configuration, as the {@code live_config} commands keep it: one URL for the app,
 * the callback commands switched on one by one, and the optional authentication token.
 *
 * <p>The token is a secret: an exported snapshot leaves it out (so does every answer of the control
 * API), and an emulator restored from its own snapshot delivers unsigned until the token is set
 * again. A snapshot written by hand may give one ({@code Token}, {@code TokenEnabled}), so that a
 * test can start with signing on.
 */
public final class WebhookConfigStore implements Store {

    /** Not an event but a switch in the command list: the gift pre-check lets a gift through when the app does not answer. */
    public static final String GIFT_CHECK_FAILS_OPEN = "Live.CallbackBeforeCallBackNotBlock";

    /** Where the enabled callbacks of a command go. */
    public record Target(String url, Optional<WebhookToken> token) {
    }

    /** The configuration as a snapshot holds it. */
    record Snapshot(String url, List<String> callbackCommands) {
    }


    private String url;
    /**
     * Whether a "Before" webhook is switched on: read without the state lock, by the HTTP front, to hand
     * only then the commands that may ask the app to a worker thread.
     */
    private volatile boolean asksTheApp;
    private final Set<String> commands = new LinkedHashSet<>();
    private WebhookToken token;
    private boolean tokenEnabled;

    @Override
    public String name() {
        return "webhook";
    }

    /** Creates the configuration; there is one per app (100300 when it exists). */
    public void create(String url, List<String> callbackCommands) {
        if (this.url != null) {
            throw new ServiceException(ErrorCodes.WEBHOOK_CONFIG_ALREADY_EXISTS, "a webhook configuration exists; change it with update_callback");
        }
        replace(url, callbackCommands);
    }

    /** Replaces the URL and the command list of the existing configuration (100301 when there is none). */
    public void update(String url, List<String> callbackCommands) {
        requireConfigured();
        replace(url, callbackCommands);
    }

    public String url() {
        requireConfigured();
        return url;
    }

    public List<String> commands() {
        requireConfigured();
        return List.copyOf(commands);
    }

    /** Removes the configuration; removing none is not an error, as the command documents no code for it. */
    public void delete() {
        url = null;
        commands.clear();
        asksTheApp = false;
    }

    /**
     * Sets the token or switches it on or off. The first call must give both; later ones may give
     * either (a null leaves that part as it is).
     */
    public void setToken(WebhookToken newToken, Boolean enabled) {
        if (token == null && (newToken == null || enabled == null)) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER, "the first set_callback_token must give both Token and IsTokenEnable");
        }
        if (newToken != null) {
            token = newToken;
        }
        if (enabled != null) {
            tokenEnabled = enabled;
        }
    }

    /** The token and whether it is in use (100302 when none is set). */
    public WebhookToken token() {
        requireToken();
        return token;
    }

    public boolean tokenEnabled() {
        requireToken();
        return tokenEnabled;
    }

    public void deleteToken() {
        token = null;
        tokenEnabled = false;
    }

    /** Where to deliver {@code callbackCommand}, if the app has switched it on. */
    public Optional<Target> target(String callbackCommand) {
        if (url == null || !commands.contains(callbackCommand)) {
            return Optional.empty();
        }
        return Optional.of(new Target(url, tokenEnabled ? Optional.of(token) : Optional.empty()));
    }

    /** Whether the gift pre-check lets a gift through when the app's answer fails or is late. */
    public boolean giftCheckFailsOpen() {
        return commands.contains(GIFT_CHECK_FAILS_OPEN);
    }

    private void replace(String newUrl, List<String> callbackCommands) {
        url = newUrl;
        commands.clear();
        commands.addAll(callbackCommands);
        asksTheApp = commands.stream().anyMatch(command -> command.contains(".CallbackBefore") && !command.equals(GIFT_CHECK_FAILS_OPEN));
    }

    /** Whether any "Before" webhook is switched on; safe to call without the state lock. */
    public boolean asksTheApp() {
        return asksTheApp;
    }

    private void requireConfigured() {
        if (url == null) {
            throw new ServiceException(ErrorCodes.WEBHOOK_CONFIG_NOT_FOUND, "no webhook configuration exists; create one with set_callback");
        }
    }

    private void requireToken() {
        if (token == null) {
            throw new ServiceException(ErrorCodes.WEBHOOK_TOKEN_NOT_FOUND, "no webhook token is set; set one with set_callback_token");
        }
    }

    @Override
    public void clear() {
        delete();
        deleteToken();
    }

    @Override
    public JsonNode export(ObjectMapper json) {
        ObjectNode section = json.createObjectNode();
        if (url != null) {
            section.set("Config", json.valueToTree(new Snapshot(url, List.copyOf(commands))));
        }
        return section;
    }

    private static final SnapshotSection.Field<Snapshot> CONFIG = SnapshotSection.value("Config", Snapshot.class);
    // read as a tree and checked by hand, so that no parser message can ever quote the token
    private static final SnapshotSection.Field<JsonNode> TOKEN = SnapshotSection.tree("Token");
    private static final SnapshotSection.Field<JsonNode> TOKEN_ENABLED = SnapshotSection.tree("TokenEnabled");

    @Override
    public Runnable prepareRestore(SnapshotSection section) {
        SnapshotSection.Values read = section.read(CONFIG, TOKEN, TOKEN_ENABLED);
        Snapshot config = read.get(CONFIG);
        if (config != null) {
            SnapshotSection.required(config.url(), "Url");
        }
        JsonNode tokenNode = read.get(TOKEN);
        if (!tokenNode.isMissingNode() && (!tokenNode.isTextual() || tokenNode.asText().isEmpty())) {
            throw new IllegalArgumentException("webhook.Token must be a non-empty string");
        }
        WebhookToken restoredToken = tokenNode.isTextual() ? WebhookToken.of(tokenNode.asText()) : null;
        boolean restoredEnabled = read.get(TOKEN_ENABLED).asBoolean(false);
        return () -> {
            clear();
            if (config != null) {
                replace(config.url(), config.callbackCommands() == null ? List.of() : config.callbackCommands());
            }
            token = restoredToken;
            tokenEnabled = restoredToken != null && restoredEnabled;
        };
    }
}

package dev.liveengine.openapi.testing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The project's naming rules for webhooks, all derived from the command word
 * ({@code Live.CallbackAfterCreateRoom}): the webhook's file and example files, its operationId
 * and its event schema (see CONTRIBUTING.md, "Adding a webhook").
 */
public final class WebhookNames {

    /** {@code <Service>.Callback<Before|After><Name>}, such as {@code Mic.CallbackAfterSeatInfoChanged}. */
    public static final Pattern COMMAND_WORD = Pattern.compile("[A-Z][A-Za-z]*\\.Callback(?:Before|After)[A-Z][A-Za-z]*");

    private WebhookNames() {
    }

    /**
     * The file name (without {@code .yaml}) of a webhook: the part after {@code .Callback} in
     * snake_case. {@code Live.CallbackAfterCreateRoom} → {@code after_create_room}.
     */
    public static String eventFile(String commandWord) {
        String name = commandWord.substring(commandWord.indexOf(".Callback") + ".Callback".length());
        return name.replaceAll("(?<!^)([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** The whole command word without its dot, in lowerCamelCase: {@code liveCallbackAfterCreateRoom}. */
    public static String operationId(String commandWord) {
        String joined = commandWord.replace(".", "");
        return Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The event file in PascalCase: {@code AfterCreateRoom}; its body is {@code AfterCreateRoomEvent}. */
    public static String pascal(String commandWord) {
        StringBuilder name = new StringBuilder();
        for (String word : eventFile(commandWord).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** Whether the webhook asks the app for a decision ({@code Before}) rather than only informing it. */
    public static boolean decides(String commandWord) {
        return eventFile(commandWord).startsWith("before_");
    }
}

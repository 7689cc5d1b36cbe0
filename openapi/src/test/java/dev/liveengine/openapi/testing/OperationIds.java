package dev.liveengine.openapi.testing;

/** The project's naming rule: an operation's operationId is its command in lowerCamelCase. */
public final class OperationIds {

    private OperationIds() {
    }

    /** {@code send_gift} → {@code sendGift}. */
    public static String of(String command) {
        StringBuilder camel = new StringBuilder();
        for (String word : command.split("_")) {
            camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }
}

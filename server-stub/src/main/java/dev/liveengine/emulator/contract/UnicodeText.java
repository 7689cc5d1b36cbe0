package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * JSON may escape half of a UTF-16 surrogate pair on its own (a backslash, {@code u}, {@code d800});
 * the result is not Unicode text, cannot be written as UTF-8, and so has no length in bytes for the
 * documented byte limits to count. The emulator refuses such a string anywhere in a request (the operation's code
 * for an invalid parameter) instead of guessing.
 */
final class UnicodeText {

    private UnicodeText() {
    }

    /** Where the first string (or field name) with an unpaired surrogate is, such as {@code RoomInfo.RoomName}. */
    static Optional<String> firstUnpairedSurrogate(JsonNode node) {
        return find(node, "");
    }

    private static Optional<String> find(JsonNode node, String location) {
        if (node.isTextual()) {
            return isWellFormed(node.textValue()) ? Optional.empty() : Optional.of(location.isEmpty() ? "request body" : location);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), location + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = location.isEmpty() ? field.getKey() : location + "." + field.getKey();
                if (!isWellFormed(field.getKey())) {
                    return Optional.of(location.isEmpty() ? "a field name" : location + ": a field name");
                }
                Optional<String> found = find(field.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package dev.liveengine.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request's query string, decoded by the emulator itself rather than by the HTTP server, so that
 * a malformed one (a {@code %zz} escape, bytes that are not UTF-8) is answered in the API's envelope
 * (60002) instead of with the server's bare HTTP 400. A {@code +} stays a plus sign, as RFC 3986
 * reads it (no parameter of the API has a space to encode, and a UserSig's alphabet has no {@code +}).
 */
public final class QueryString {

    private QueryString() {
    }

    /** The parameters in order, each with every value it was given; empty when {@code raw} is malformed. */
    public static Optional<Map<String, Deque<String>>> parse(String raw) {
        Map<String, Deque<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Optional.of(parameters);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
            Optional<String> value = decode(equals < 0 ? "" : pair.substring(equals + 1));
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            parameters.computeIfAbsent(name.get(), key -> new ArrayDeque<>()).add(value.get());
        }
        return Optional.of(parameters);
    }

    /** Percent-decodes UTF-8; empty for a broken escape or bytes that are not UTF-8. */
    private static Optional<String> decode(String part) {
        if (part.indexOf('%') < 0) {
            return Optional.of(part);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= part.length()) {
                return Optional.empty();
            }
            int high = Character.digit(part.charAt(i + 1), 16);
            int low = Character.digit(part.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}

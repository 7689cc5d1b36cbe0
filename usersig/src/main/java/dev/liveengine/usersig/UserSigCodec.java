package dev.liveengine.usersig;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The outer wrapping of a UserSig: zlib compression, then standard Base64 with {@code + / =} swapped
 * for {@code * - _} so that the token survives a URL query string without escaping.
 */
final class UserSigCodec {

    /** The vendor's libraries use zlib's default level; the exact bytes only matter for reproducibility. */
    static final int COMPRESSION_LEVEL = 6;

    /** A real token inflates to a few hundred bytes; anything past this is refused as a possible zip bomb. */
    static final int MAX_INFLATED_BYTES = 64 * 1024;

    /**
     * Incompressible data grows a little under zlib and by a third under Base64, so no honest token
     * comes near this length; refusing longer input spares the decoder pointless work.
     */
    static final int MAX_TOKEN_CHARS = 2 * MAX_INFLATED_BYTES;

    private UserSigCodec() {
    }

    /** Compresses and encodes a JSON payload into the token text. */
    static String encode(byte[] payload) {
        Deflater deflater = new Deflater(COMPRESSION_LEVEL, false);
        try {
            deflater.setInput(payload);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(payload.length / 2 + 64);
            byte[] chunk = new byte[1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                compressed.write(chunk, 0, n);
            }
            char[] text = Base64.getEncoder().encodeToString(compressed.toByteArray()).toCharArray();
            for (int i = 0; i < text.length; i++) {
                text[i] = switch (text[i]) {
                    case '+' -> '*';
                    case '/' -> '-';
                    case '=' -> '_';
                    default -> text[i];
                };
            }
            return new String(text);
        } finally {
            deflater.end();
        }
    }

    /**
     * Decodes and inflates token text back into the JSON payload.
     *
     * @throws MalformedException if the text is not a well-formed token; its message is fixed text
     *                            and never quotes the input
     */
    static byte[] decode(String token) throws MalformedException {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new MalformedException("UserSig is too long");
        }
        char[] text = token.toCharArray();
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '*') {
                text[i] = '+';
            } else if (c == '-') {
                text[i] = '/';
            } else if (c == '_') {
                text[i] = '=';
            } else if (!isAlphanumeric(c)) {
                // Raw '+', '/' or '=' would also decode, but no issuer emits them: refuse rather than guess.
                throw new MalformedException("UserSig contains a character outside its alphabet");
            }
        }
        byte[] compressed;
        try {
            compressed = Base64.getDecoder().decode(new String(text));
        } catch (IllegalArgumentException e) {
            throw new MalformedException("UserSig is not valid Base64");
        }
        return inflate(compressed);
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static byte[] inflate(byte[] compressed) throws MalformedException {
        Inflater inflater = new Inflater(false);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            byte[] chunk = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && !inflater.finished()) {
                    // Either the input ran out mid-stream or it asks for a preset dictionary we do not have.
                    throw new MalformedException("UserSig payload is truncated or not zlib data");
                }
                if (out.size() + n > MAX_INFLATED_BYTES) {
                    throw new MalformedException("UserSig payload inflates beyond " + MAX_INFLATED_BYTES + " bytes");
                }
                out.write(chunk, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new MalformedException("UserSig has data after the end of its zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new MalformedException("UserSig payload is not zlib data");
        } finally {
            inflater.end();
        }
    }

    /**
     * A token could not be decoded. Raised and caught inside this package only, so it carries no stack
     * trace, and its message is always fixed text so that it can go into an error reply as is.
     */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }
}

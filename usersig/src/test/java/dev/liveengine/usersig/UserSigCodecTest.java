package dev.liveengine.usersig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The outer wrapping: swapped Base64 alphabet and zlib, including the zip-bomb limit. */
class UserSigCodecTest {

    @Test
    void decodesTheVectorToItsJson() throws Exception {
        assertEquals(Vectors.JSON, new String(UserSigCodec.decode(Vectors.USERSIG), StandardCharsets.UTF_8));
    }

    @Test
    void encodeUsesOnlyTheUrlSafeAlphabetAndRoundTrips() throws Exception {
        // Enough varied bytes that Base64 of the compressed form is bound to contain '+', '/' and padding.
        byte[] payload = new byte[3000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31 + (i >> 3));
        }
        String token = UserSigCodec.encode(payload);
        assertFalse(token.matches(".*[+/=].*"), "token must not contain + / or =");
        assertArrayEquals(payload, Vectors.inflate(token));
        assertArrayEquals(payload, UserSigCodec.decode(token));
    }

    @Test
    void acceptsExactlyTheInflateLimit() throws Exception {
        byte[] payload = new byte[UserSigCodec.MAX_INFLATED_BYTES];
        Arrays.fill(payload, (byte) ' ');
        assertEquals(UserSigCodec.MAX_INFLATED_BYTES, UserSigCodec.decode(Vectors.wrap(payload)).length);
    }

    @Test
    void refusesOneByteOverTheInflateLimit() {
        byte[] payload = new byte[UserSigCodec.MAX_INFLATED_BYTES + 1];
        Arrays.fill(payload, (byte) ' ');
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(Vectors.wrap(payload)));
    }

    @Test
    void refusesAZipBomb() {
        // 16 MiB of zeros compresses to about 16 KiB: small on the wire, huge once inflated.
        String bomb = Vectors.wrap(new byte[16 * 1024 * 1024]);
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(bomb));
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        String standard = Vectors.USERSIG.replace('*', '+').replace('-', '/').replace('_', '=');
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(standard));
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(Vectors.USERSIG + " "));
    }

    @Test
    void refusesTruncatedZlib() {
        byte[] compressed = Base64.getDecoder().decode(Vectors.USERSIG.replace('*', '+').replace('-', '/').replace('_', '='));
        String truncated = Vectors.swapAlphabet(Base64.getEncoder().encodeToString(Arrays.copyOf(compressed, compressed.length - 6)));
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(truncated));
    }

    @Test
    void refusesDataAfterTheZlibStream() {
        byte[] compressed = Base64.getDecoder().decode(Vectors.USERSIG.replace('*', '+').replace('-', '/').replace('_', '='));
        byte[] padded = Arrays.copyOf(compressed, compressed.length + 3);
        String token = Vectors.swapAlphabet(Base64.getEncoder().encodeToString(padded));
        assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(token));
    }

    @Test
    void refusesOverlongTokensBeforeDecoding() {
        String longToken = "A".repeat(UserSigCodec.MAX_TOKEN_CHARS + 4);
        UserSigCodec.MalformedException e =
                assertThrows(UserSigCodec.MalformedException.class, () -> UserSigCodec.decode(longToken));
        assertEquals("UserSig is too long", e.getMessage());
    }
}

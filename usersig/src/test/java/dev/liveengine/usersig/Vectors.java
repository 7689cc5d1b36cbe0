package dev.liveengine.usersig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

/**
 * The independent test vector (computed outside this project) and a token codec written separately
 * from the production one, so that tests which craft or inspect tokens do not lean on the code they test.
 */
final class Vectors {

    static final long SDKAPPID = 1400000000L;
    static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    static final String IDENTIFIER = "xiaojun";
    static final long TIME = 1700000000L;
    static final long EXPIRE = 15552000L;

    static final String STRING_TO_SIGN =
            "TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:15552000\n";
    static final String SIG = "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=";

    static final byte[] USERBUF = {0x05};
    static final String USERBUF_B64 = "BQ==";
    static final String SIG_WITH_USERBUF = "Im15dLZ7jHelhF6mNjTZkjYEA1fu0NUjUnXyvlZjBQs=";

    static final String USERSIG = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMikVhRkFqUCxU1NTY3goiWZuSAxc1S1xZnpQJN9yhzNU-Q9y83Tg4vzirPLwqqcXAL8nZ1dkkr9nMtN3D3KQ5wNkjILtJ1MbJVqAa3HMfI_";

    /** The compact JSON inside {@link #USERSIG}, fields in the documented order. */
    static final String JSON = "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"xiaojun\",\"TLS.sdkappid\":1400000000,"
            + "\"TLS.expire\":15552000,\"TLS.time\":1700000000,\"TLS.sig\":\"" + SIG + "\"}";

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Vectors() {
    }

    static AppSecret secret() {
        return AppSecret.of(KEY);
    }

    static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    static UserSigVerifier verifierAt(long epochSecond) {
        return new UserSigVerifier(SDKAPPID, secret(), clockAt(epochSecond));
    }

    /** Undoes the wrapping of a token: swapped Base64 alphabet, then zlib. */
    static byte[] inflate(String token) {
        String base64 = token.replace('*', '+').replace('-', '/').replace('_', '=');
        byte[] compressed = Base64.getDecoder().decode(base64);
        try (InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode decode(String token) {
        try {
            return MAPPER.readTree(inflate(token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps arbitrary bytes the way a token is wrapped, so that tests can hand-craft payloads. */
    static String wrap(byte[] payload) {
        Deflater deflater = new Deflater();
        deflater.setInput(payload);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[512];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return swapAlphabet(Base64.getEncoder().encodeToString(out.toByteArray()));
    }

    static String wrap(String json) {
        return wrap(json.getBytes(StandardCharsets.UTF_8));
    }

    static String swapAlphabet(String standardBase64) {
        return standardBase64.replace('+', '*').replace('/', '-').replace('=', '_');
    }
}

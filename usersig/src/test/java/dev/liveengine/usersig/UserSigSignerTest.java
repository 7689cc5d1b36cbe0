package dev.liveengine.usersig;

import static dev.liveengine.usersig.Vectors.EXPIRE;
import static dev.liveengine.usersig.Vectors.IDENTIFIER;
import static dev.liveengine.usersig.Vectors.SDKAPPID;
import static dev.liveengine.usersig.Vectors.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserSigSignerTest {

    private final UserSigSigner signer = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME));

    @Test
    void reproducesTheFullVectorExactly() {
        assertEquals(Vectors.USERSIG, signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE)));
    }

    @Test
    void writesCompactJsonInTheDocumentedFieldOrder() {
        String json = new String(Vectors.inflate(signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE))),
                StandardCharsets.UTF_8);
        assertEquals(Vectors.JSON, json);
    }

    @Test
    void userBufIsCarriedAsBase64AndSigned() {
        JsonNode payload = Vectors.decode(signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE), Vectors.USERBUF));
        List<String> names = new ArrayList<>();
        payload.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("TLS.ver", "TLS.identifier", "TLS.sdkappid", "TLS.expire", "TLS.time",
                "TLS.userbuf", "TLS.sig"), names);
        assertEquals(Vectors.USERBUF_B64, payload.get("TLS.userbuf").textValue());
        assertEquals(Vectors.SIG_WITH_USERBUF, payload.get("TLS.sig").textValue());
    }

    @Test
    void issueTimeComesFromTheClock() {
        UserSigSigner later = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME + 42));
        JsonNode payload = Vectors.decode(later.sign(IDENTIFIER, Duration.ofMinutes(5)));
        assertEquals(TIME + 42, payload.get("TLS.time").longValue());
        assertEquals(300, payload.get("TLS.expire").longValue());
        assertEquals(SDKAPPID, payload.get("TLS.sdkappid").longValue());
        assertEquals(SDKAPPID, later.sdkAppId());
    }

    @Test
    void rejectsBadIdentifiers() {
        Duration day = Duration.ofDays(1);
        assertThrows(IllegalArgumentException.class, () -> signer.sign(null, day));
        assertThrows(IllegalArgumentException.class, () -> signer.sign("", day));
    }

    @Test
    void rejectsBadValidity() {
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, null));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, Duration.ofMillis(1500)));
    }

    @Test
    void rejectsMissingUserBuf() {
        Duration day = Duration.ofDays(1);
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, day, null));
        assertThrows(IllegalArgumentException.class, () -> signer.sign(IDENTIFIER, day, new byte[0]));
    }

    @Test
    void rejectsBadConstructorArguments() {
        Clock clock = Vectors.clockAt(TIME);
        assertThrows(IllegalArgumentException.class, () -> new UserSigSigner(0, Vectors.secret(), clock));
        assertThrows(NullPointerException.class, () -> new UserSigSigner(SDKAPPID, null, clock));
        assertThrows(NullPointerException.class, () -> new UserSigSigner(SDKAPPID, Vectors.secret(), null));
    }
}

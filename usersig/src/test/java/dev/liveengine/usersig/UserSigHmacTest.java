package dev.liveengine.usersig;

import static dev.liveengine.usersig.Vectors.EXPIRE;
import static dev.liveengine.usersig.Vectors.IDENTIFIER;
import static dev.liveengine.usersig.Vectors.SDKAPPID;
import static dev.liveengine.usersig.Vectors.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The shared HMAC step against the independent vector. */
class UserSigHmacTest {

    private static final UserSigClaims CLAIMS = new UserSigClaims(SDKAPPID, IDENTIFIER, TIME, EXPIRE);

    @Test
    void stringToSignHasFixedLinesInFixedOrder() {
        assertEquals(Vectors.STRING_TO_SIGN, UserSigHmac.stringToSign(CLAIMS, null));
    }

    @Test
    void hmacMatchesVector() {
        byte[] mac = UserSigHmac.compute(Vectors.secret(), CLAIMS, null);
        assertEquals(Vectors.SIG, Base64.getEncoder().encodeToString(mac));
    }

    @Test
    void userBufAddsALastLine() {
        assertEquals(Vectors.STRING_TO_SIGN + "TLS.userbuf:BQ==\n",
                UserSigHmac.stringToSign(CLAIMS, Vectors.USERBUF_B64));
    }

    @Test
    void hmacWithUserBufMatchesVector() {
        byte[] mac = UserSigHmac.compute(Vectors.secret(), CLAIMS, Vectors.USERBUF_B64);
        assertEquals(Vectors.SIG_WITH_USERBUF, Base64.getEncoder().encodeToString(mac));
    }
}

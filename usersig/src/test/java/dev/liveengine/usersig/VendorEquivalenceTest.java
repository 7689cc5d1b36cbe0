package dev.liveengine.usersig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentyun.TLSSigAPIv2;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Our signer and verifier against the vendor's own Java library. The vendor library reads the real
 * clock, so this is the one test class that uses the system clock instead of a fixed one.
 */
class VendorEquivalenceTest {

    private static final long SDKAPPID = 1400123456L;
    private static final String KEY = "vendor-equivalence-key-0123456789abcdef";
    private static final String USER = "alice_01";
    private static final long EXPIRE = 86400;

    private final TLSSigAPIv2 vendor = new TLSSigAPIv2(SDKAPPID, KEY);

    private static UserSigSigner ourSignerAt(Clock clock) {
        return new UserSigSigner(SDKAPPID, AppSecret.of(KEY), clock);
    }

    @Test
    void vendorTokensVerify() {
        String token = vendor.genUserSig(USER, EXPIRE);
        UserSigVerifier verifier = new UserSigVerifier(SDKAPPID, AppSecret.of(KEY), Clock.systemUTC());
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verifier.verify(token, USER));
        assertEquals(USER, valid.claims().identifier());
        assertEquals(SDKAPPID, valid.claims().sdkAppId());
        assertEquals(EXPIRE, valid.claims().validitySeconds());
    }

    @Test
    void resigningAtTheVendorsTimeGivesTheVendorsSignature() {
        JsonNode vendorPayload = Vectors.decode(vendor.genUserSig(USER, EXPIRE));
        long vendorTime = vendorPayload.get("TLS.time").longValue();

        String ours = ourSignerAt(Vectors.clockAt(vendorTime)).sign(USER, Duration.ofSeconds(EXPIRE));
        JsonNode ourPayload = Vectors.decode(ours);

        assertEquals(vendorPayload.get("TLS.sig").textValue(), ourPayload.get("TLS.sig").textValue());
        // Same fields and values overall; JSON object equality ignores the vendor's hash-ordered keys.
        assertEquals(vendorPayload, ourPayload);
    }

    @Test
    void signingNowGivesTheSameFieldsAsTheVendor() {
        UserSigSigner ours = ourSignerAt(Clock.systemUTC());
        // Both read the wall clock; if a second boundary falls between the two calls the times differ,
        // so try again rather than sleep. Three boundaries in a row within microseconds cannot happen.
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = Instant.now().getEpochSecond();
            JsonNode vendorPayload = Vectors.decode(vendor.genUserSig(USER, EXPIRE));
            JsonNode ourPayload = Vectors.decode(ours.sign(USER, Duration.ofSeconds(EXPIRE)));
            long after = Instant.now().getEpochSecond();
            if (before == after) {
                assertEquals(vendorPayload, ourPayload);
                return;
            }
        }
        throw new AssertionError("the clock kept crossing a second boundary");
    }

    @Test
    void vendorTokensWithUserBufVerifyAndReproduce() {
        // The vendor library only exposes its userbuf path through room privilege map keys.
        String token = vendor.genPrivateMapKey(USER, EXPIRE, 123456L, 255L);
        JsonNode vendorPayload = Vectors.decode(token);
        assertTrue(vendorPayload.has("TLS.userbuf"), "vendor token should carry a userbuf");

        UserSigVerifier verifier = new UserSigVerifier(SDKAPPID, AppSecret.of(KEY), Clock.systemUTC());
        assertInstanceOf(Verification.Valid.class, verifier.verify(token, USER));

        byte[] userBuf = Base64.getDecoder().decode(vendorPayload.get("TLS.userbuf").textValue());
        long vendorTime = vendorPayload.get("TLS.time").longValue();
        String ours = ourSignerAt(Vectors.clockAt(vendorTime)).sign(USER, Duration.ofSeconds(EXPIRE), userBuf);
        assertEquals(vendorPayload, Vectors.decode(ours));
    }
}

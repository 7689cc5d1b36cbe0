package dev.liveengine.usersig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The vendor's own example (webhook authentication page), recomputed with sha256sum. */
    private static final WebhookToken DOC_TOKEN = WebhookToken.of("xxxxyyyy");
    private static final long DOC_REQUEST_TIME = 1669872112L;
    private static final String DOC_SIGN = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";

    @Test
    void signsTheDocumentedVector() {
        assertEquals(DOC_SIGN, WebhookSignature.sign(DOC_TOKEN, DOC_REQUEST_TIME));
    }

    @Test
    void acceptsOnlyTheSignOfThatTokenAndTime() {
        assertTrue(WebhookSignature.matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN));
        assertTrue(WebhookSignature.matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN.toUpperCase()), "hex is case-insensitive");
        assertFalse(WebhookSignature.matches(DOC_TOKEN, DOC_REQUEST_TIME + 1, DOC_SIGN));
        assertFalse(WebhookSignature.matches(WebhookToken.of("xxxxyyyz"), DOC_REQUEST_TIME, DOC_SIGN));
        assertFalse(WebhookSignature.matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN.substring(1)));
        assertFalse(WebhookSignature.matches(DOC_TOKEN, DOC_REQUEST_TIME, null));
    }

    @Test
    void theTokenNeverShows() {
        assertEquals("WebhookToken[redacted]", DOC_TOKEN.toString());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> WebhookToken.of(""));
        assertFalse(empty.getMessage().contains("xxxx"));
    }
}

package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Query strings written byte for byte on a raw socket, the way some HTTP libraries escape more than
 * they must: escaped letters and an escaped {@code *} in the UserSig are decoded before checking.
 * Escaped bytes that are not UTF-8 ({@code %C3%28}) are answered in the envelope with 60002, like any
 * other malformed request: the emulator decodes the query itself. A malformed escape ({@code %zz}, a
 * lone {@code %}) is not a valid request-target at all (RFC 3986 section 2.1), and Undertow's parser
 * refuses it with HTTP 400 before any handler runs; no server option changes that, so the emulator
 * answers such a request as an HTTP server, not as the API, and stays up (README, "Bad input").
 */
class EscapedQueryTest {

    private static final SpecExamples.Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    /** The room the recorded get_gift_count request reads must exist. */
    @BeforeEach
    void seedWhatTheRecordedRequestNeeds() {
        emulator.control().importState(SpecExamples.recordedFixtures(GET_GIFT_COUNT.operationId()));
    }

    @Test
    void escapedParametersAreDecoded() throws IOException {
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        // "administrator" and "json" with escaped letters, and the UserSig's '*' escaped as %2A
        String query = "sdkappid=1400000000&identifier=%61dministrator&usersig=" + userSig.replace("*", "%2A")
                + "&random=7&contenttype=%6Ason";
        JsonNode reply = post(query);
        assertEquals("OK", reply.path("ActionStatus").asText(), reply.toString());
    }

    @Test
    void aMalformedQueryStringIsRefusedInTheEnvelope() throws IOException {
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        String valid = "sdkappid=1400000000&identifier=administrator&usersig=" + userSig + "&random=7&contenttype=json";
        for (String notUtf8 : new String[] {valid + "&x=%C3%28", valid + "&x=%FF", "sdkappid=14%E9"}) {
            JsonNode reply = new ObjectMapper().readTree(bodyOf(expectStatus(notUtf8, 200)));
            assertEquals("FAIL", reply.path("ActionStatus").asText(), notUtf8);
            assertEquals(60002, reply.path("ErrorCode").asInt(), reply.toString());
            assertTrue(reply.path("RequestId").asText().startsWith("Id-"), reply.toString());
        }
        for (String notATarget : new String[] {valid + "&x=%zz", valid + "&x=%", valid + "&x=%4"}) {
            expectStatus(notATarget, 400);
        }
        assertEquals("OK", post(valid).path("ActionStatus").asText(), "and the emulator answers as before");
    }

    /** The raw HTTP response to a POST of the recorded request with {@code query}, which must have {@code status}. */
    private static String expectStatus(String query, int status) throws IOException {
        String response = exchange(query);
        assertTrue(response.startsWith("HTTP/1.1 " + status + " "), response);
        return response;
    }

    private static String bodyOf(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static JsonNode post(String query) throws IOException {
        return new ObjectMapper().readTree(bodyOf(expectStatus(query, 200)));
    }

    private static String exchange(String query) throws IOException {
        byte[] body = RecordedRequests.of(GET_GIFT_COUNT).toString().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.emulator().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + GET_GIFT_COUNT.path() + "?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

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
 * (A malformed escape such as {@code %zz} makes the request line invalid HTTP; Undertow's parser
 * answers it with a bare 400 before the emulator sees it, and no server option changes that.)
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

    private static JsonNode post(String query) throws IOException {
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
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            return new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }
}

package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the emulator reads bodies where JSON allows more than the API promises (README, "Bad input"):
 * the text is UTF-8 or refused; a string with an unpaired surrogate is refused; a whole number
 * written with an exponent or a zero fraction is an integer.
 */
class BadInputDecisionsTest {

    private static final SpecExamples.Operation GET_ROOM_LIST = SpecExamples.operation("getRoomList");
    private static final SpecExamples.Operation GET_ROOM_INFO = SpecExamples.operation("getRoomInfo");

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    @BeforeEach
    void recordedState() {
        emulator.control().importState(SpecExamples.recordedFixtures());
    }

    @Test
    void aBodyInUtf16Or32IsNotJson() {
        String body = "{\"Next\":\"\",\"Count\":20}";
        for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32"}) {
            byte[] encoded = body.getBytes(Charset.forName(charset));
            fails(ErrorCodes.REQUEST_BODY_NOT_JSON, http.call(GET_ROOM_LIST, encoded));
        }
        ok(http.call(GET_ROOM_LIST, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhereverItIs() {
        EmulatorHttp.Reply lone = fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_ROOM_INFO, "{\"RoomId\":\"room\\ud800\"}"));
        assertTrue(lone.info().startsWith("RoomId: "), lone.info());
        fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_ROOM_INFO, "{\"RoomId\":\"\\udc00live-room\"}"));
        fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_ROOM_INFO, "{\"RoomId\":\"live-room\",\"\\ud800\":1}"));
        // a pair is one character, and an ordinary room ID
        fails(ErrorCodes.ROOM_NOT_FOUND, http.call(GET_ROOM_INFO, "{\"RoomId\":\"room\\ud83d\\ude00\"}"));
    }

    @Test
    void aWholeNumberIsAnIntegerHoweverItIsWritten() {
        for (String count : new String[] {"1E1", "10.0", "1.0E1", "100E-1"}) {
            EmulatorHttp.Reply reply = ok(http.call(GET_ROOM_LIST, "{\"Next\":\"\",\"Count\":" + count + "}"));
            assertTrue(reply.json().at("/Response/RoomList").size() <= 10, count + ": " + reply.text());
        }
        for (String notWhole : new String[] {"10.5", "1E-1", "1E+100000"}) {
            EmulatorHttp.Reply refused = fails(ErrorCodes.INVALID_PARAMETER, http.call(GET_ROOM_LIST, "{\"Next\":\"\",\"Count\":" + notWhole + "}"));
            assertEquals("FAIL", refused.actionStatus(), notWhole);
        }
    }
}

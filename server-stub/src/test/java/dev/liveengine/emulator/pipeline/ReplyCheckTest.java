package dev.liveengine.emulator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.server.api.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link ReplyCheck} finds in hand-built replies, held to the operations of the real specs. */
class ReplyCheckTest {

    private static final SpecContract CONTRACT = SpecContract.load();
    private static final OperationContract GET_GIFT_COUNT = CONTRACT.liveEngineOperation("getGiftCount");
    private static final String REQUEST_ID = "Id-0123456789abcdef0123456789abcdef-O-Seq-7";

    private final ReplyCheck check = new ReplyCheck();

    private static byte[] reply(String status, int code, String rest) {
        return ("{\"ActionStatus\":\"" + status + "\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"\",\"RequestId\":\"" + REQUEST_ID + "\""
                + rest + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static String statistics(long totalCount) {
        return ",\"Response\":{\"Sequence\":1,\"TotalCount\":" + totalCount + ",\"TotalCoins\":10,\"GiftSenderCount\":1}";
    }

    @Test
    void aReplyTheSpecAllowsHasNoProblem() {
        check.check(GET_GIFT_COUNT, reply("OK", 0, statistics(1)), false);
        check.check(GET_GIFT_COUNT, reply("FAIL", ErrorCodes.INVALID_PARAMETER, ""), false);
        check.check(GET_GIFT_COUNT, reply("FAIL", ErrorCodes.USERSIG_EXPIRED, ""), false); // a code every operation may answer
        assertEquals(List.of(), check.takeProblems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a statistic below its minimum     | OK   | 0      | -1 | TotalCount
            a code the operation does not own | FAIL | 102002 | 1  | not documented
            OK with a non-zero code           | OK   | 100002 | 1  | ActionStatus OK
            FAIL with code 0                  | FAIL | 0      | 1  | ActionStatus FAIL
            """)
    void aReplyBreakingTheSpecIsReportedWithTheOperationAndTheReply(String what, String status, int code, long totalCount,
                                                                     String named) {
        check.check(GET_GIFT_COUNT, reply(status, code, statistics(totalCount)), false);
        List<String> problems = check.takeProblems();
        assertEquals(1, problems.size(), () -> "one reply, one report: " + problems);
        assertTrue(problems.get(0).contains(GET_GIFT_COUNT.name()) && problems.get(0).contains(named), problems.get(0));
        assertEquals(List.of(), check.takeProblems(), "problems are handed out once");
    }

    @Test
    void aMisshapenRequestIdIsReported() {
        byte[] reply = new String(reply("OK", 0, statistics(1)), StandardCharsets.UTF_8).replace(REQUEST_ID, "req-1")
                .getBytes(StandardCharsets.UTF_8);
        check.check(GET_GIFT_COUNT, reply, false);
        assertTrue(check.takeProblems().get(0).contains("RequestId"));
    }

    @Test
    void anInjectedFailureMayCarryAnyCode() {
        check.check(GET_GIFT_COUNT, reply("FAIL", ErrorCodes.GIFT_NOT_FOUND, ""), true);
        assertEquals(List.of(), check.takeProblems());
    }

    @Test
    void aControlCommandMayRefuseWhatItCannotUse() {
        OperationContract importState = CONTRACT.operation("/emulator/v1/import_state").orElseThrow();
        check.check(importState, reply("FAIL", ErrorCodes.INVALID_PARAMETER, ""), false);
        assertEquals(List.of(), check.takeProblems());
    }
}

package dev.liveengine.emulator.seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.model.GetSeatListRequest;
import dev.liveengine.client.model.PickUserOnSeatRequest;
import dev.liveengine.client.model.SeatInfo;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many picks onto the seats of one room at once, through the client: more members than seats, and
 * threads that draw the same seats and the same members, so that two picks racing for one seat or
 * for one member would both succeed if a pick were not applied whole. The draws come from fixed
 * seeds; only the interleaving varies from run to run, and the checks hold for every interleaving.
 */
class SeatConcurrencyTest {

    private static final long SEED = 20261130L;
    private static final int THREADS = 8;
    private static final int PICKS_PER_THREAD = 40;
    private static final int SEATS = 24;
    private static final int MEMBERS = 40;
    /** What a pick may rightly be refused with here: every member is in the room and no seat is locked. */
    private static final Set<Integer> RACE_REFUSALS = Set.of(ErrorCodes.SEAT_OCCUPIED, ErrorCodes.USER_ALREADY_ON_SEAT,
            ErrorCodes.ALL_SEATS_TAKEN);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false))
            .build();

    private record Pick(int seat, String member) {
    }

    @Test
    void racingPicksNeverShareASeatOrAMemberAndEveryAcceptedPickIsSeated(LiveEngineClient client) throws Exception {
        List<String> members = IntStream.range(0, MEMBERS).mapToObj(n -> "m" + n).toList();
        seed(members);

        List<Pick> accepted = pickAllAtOnce(client, members);

        List<SeatInfo> seats = client.getSeatList(new GetSeatListRequest().roomId("stage")).getResponse().getSeatList();
        assertEquals(SEATS, seats.size());
        Map<String, Integer> seatOf = new HashMap<>();
        Set<Pick> seated = new HashSet<>();
        for (SeatInfo seat : seats) {
            if (seat.getMemberAccount() != null) {
                Integer other = seatOf.put(seat.getMemberAccount(), seat.getIndex());
                assertNull(other, () -> seat.getMemberAccount() + " holds seats " + other + " and " + seat.getIndex());
                seated.add(new Pick(seat.getIndex(), seat.getMemberAccount()));
            }
        }
        // the list has one member per seat, so of two picks accepted for one seat one cannot show;
        // the sizes differ too when one pick was accepted twice
        assertEquals(List.of(), accepted.stream().filter(pick -> !seated.contains(pick)).toList(), "accepted picks the seats do not show");
        assertEquals(accepted.size(), seated.size(), "the seats and the accepted picks differ in number");
        assertFalse(accepted.isEmpty(), "the first pick to arrive finds every seat free");
    }

    /** Room "stage" with SEATS voice seats, and every member in it. */
    private static void seed(List<String> members) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode state = json.createObjectNode().put("Version", 1);
        ObjectNode stores = state.putObject("Stores");
        ArrayNode accounts = stores.putObject("account").putArray("Accounts");
        members.forEach(member -> accounts.addObject().put("UserId", member));
        ObjectNode room = stores.putObject("room").putArray("Rooms").addObject()
                .put("RoomId", "stage").put("Owner", "administrator").put("CreateTime", 0);
        room.putObject("Settings").put("RoomType", "Live").put("SeatTemplate", "AudioSalon").put("MaxSeatCount", SEATS);
        members.forEach(room.putArray("Members")::add);
        emulator.control().importState(state);
    }

    /**
     * Each thread picks from its own fixed-seed draws, all let go together; returns the picks the
     * emulator accepted. A refusal other than losing a race fails the test.
     */
    private static List<Pick> pickAllAtOnce(LiveEngineClient client, List<String> members) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Pick>>> threads = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                Random random = new Random(SEED + thread);
                threads.add(pool.submit(() -> {
                    start.await();
                    List<Pick> accepted = new ArrayList<>();
                    for (int n = 0; n < PICKS_PER_THREAD; n++) {
                        Pick pick = new Pick(random.nextInt(SEATS), members.get(random.nextInt(MEMBERS)));
                        try {
                            client.pickUserOnSeat(new PickUserOnSeatRequest().roomId("stage").index(pick.seat())
                                    .memberAccount(pick.member()));
                            accepted.add(pick);
                        } catch (LiveEngineServiceException refused) {
                            assertTrue(RACE_REFUSALS.contains(refused.errorCode()), refused::getMessage);
                        }
                    }
                    return accepted;
                }));
            }
            start.countDown();
            List<Pick> accepted = new ArrayList<>();
            for (Future<List<Pick>> thread : threads) {
                accepted.addAll(thread.get(1, TimeUnit.MINUTES));
            }
            return accepted;
        } finally {
            pool.shutdownNow();
        }
    }
}

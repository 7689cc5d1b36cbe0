package dev.liveengine.emulator.model;

import static dev.liveengine.emulator.EmulatorHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random operations on rooms, members, seats, gifts and battles from many threads at once (seeded
 * draws; only the interleaving varies), then the state is held to what the accepted operations imply,
 * whatever their order: never two users on one seat nor one user on two, only members seated, gift
 * counters equal to the sum of the accepted sends, no room in two battles, battle scores equal to the
 * sum of the accepted additions, and nothing left of a destroyed room. The clock stands still, so
 * every battle runs to the end of the test.
 */
class ConcurrentModelTest {

    private static final long SEED = 20261130L;
    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 250;
    private static final int USERS = 24;
    /** Rooms 0..2 live throughout; the last one is destroyed and created again and again. */
    private static final List<String> ROOMS = List.of("m-room-0", "m-room-1", "m-room-2", "m-room-fleeting");
    private static final String FLEETING = ROOMS.get(ROOMS.size() - 1);
    private static final String GIFT = "m-rose";

    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.rateLimits(false).clock(clock))
            .build();

    /** What the accepted operations did, as the threads saw their replies. */
    private record Accepted(Map<String, AtomicLong> giftsSent, List<String> battles,
                            Map<String, Map<String, AtomicLong>> scoresAdded) {

        static Accepted none() {
            Map<String, AtomicLong> giftsSent = new ConcurrentHashMap<>();
            ROOMS.forEach(room -> giftsSent.put(room, new AtomicLong()));
            return new Accepted(giftsSent, new CopyOnWriteArrayList<>(), new ConcurrentHashMap<>());
        }
    }

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    private static String user(int i) {
        return "m-user-" + i;
    }

    private static EmulatorHttp.Reply call(String operationId, JsonNode body) {
        return http.call(SpecExamples.operation(operationId), body);
    }

    private static JsonNode newRoom(String roomId) {
        return json("RoomInfo", json("RoomId", roomId, "RoomType", "Live", "SeatTemplate", "VideoDynamicGrid9Seats"));
    }

    @Test
    void theStateIsWhatTheAcceptedOperationsImply() throws Exception {
        List<Map<String, String>> accounts = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            accounts.add(Map.of("UserID", user(i)));
        }
        EmulatorHttp.ok(call("multiaccountImport", json("AccountList", accounts)));
        ROOMS.forEach(room -> EmulatorHttp.ok(call("createRoom", newRoom(room))));
        EmulatorHttp.ok(call("addGift", json("GiftId", GIFT, "Coins", 3, "DefaultName", "Rose")));

        Accepted accepted = Accepted.none();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(SEED + t);
            done.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    act(random, accepted);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : done) {
            thread.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();

        JsonNode state = emulator.control().exportState().path("Stores");
        Map<String, Set<String>> members = new HashMap<>();
        Set<String> liveRooms = new HashSet<>();
        state.path("room").path("Rooms").forEach(room -> {
            liveRooms.add(room.path("RoomId").asText());
            Set<String> in = new HashSet<>();
            room.path("Members").forEach(member -> in.add(member.asText()));
            members.put(room.path("RoomId").asText(), in);
        });
        assertTrue(liveRooms.containsAll(ROOMS.subList(0, 3)), "the rooms that are never destroyed exist: " + liveRooms);

        state.path("seat").path("Rooms").forEach(room -> {
            String roomId = room.path("RoomId").asText();
            assertTrue(liveRooms.contains(roomId), "seats of a destroyed room remain: " + roomId);
            Set<String> seated = new HashSet<>();
            room.path("Seats").forEach(seat -> {
                if (seat.hasNonNull("Member")) {
                    String member = seat.get("Member").asText();
                    assertTrue(seated.add(member), member + " sits on two seats of " + roomId);
                    assertTrue(members.get(roomId).contains(member), member + " is seated in " + roomId + " but no member");
                }
            });
        });

        Map<String, Long> counted = new HashMap<>();
        state.path("gift").path("Rooms").forEach(room -> counted.put(room.path("RoomId").asText(), room.path("TotalCount").asLong()));
        for (String room : ROOMS.subList(0, 3)) {
            assertTrue(accepted.giftsSent().get(room).get() > 0, "the draws sent no gift into " + room + ": the test would prove nothing");
            assertEquals(accepted.giftsSent().get(room).get(), counted.getOrDefault(room, 0L), "gifts counted in " + room);
        }
        counted.keySet().forEach(room -> assertTrue(liveRooms.contains(room), "gift totals of a destroyed room remain: " + room));

        Set<String> inABattle = new HashSet<>();
        int scored = 0;
        for (JsonNode battle : state.path("battle").path("Battles")) {
            String battleId = battle.path("BattleId").asText();
            for (Map.Entry<String, JsonNode> score : (Iterable<Map.Entry<String, JsonNode>>) battle.path("Scores")::fields) {
                String room = score.getKey();
                assertTrue(liveRooms.contains(room), battleId + " holds the destroyed room " + room);
                assertTrue(inABattle.add(room), room + " is in two running battles");
                long added = accepted.scoresAdded().getOrDefault(battleId, Map.of()).getOrDefault(room, new AtomicLong()).get();
                assertEquals(added, score.getValue().asLong(), "the score of " + room + " in " + battleId);
                scored += added > 0 ? 1 : 0;
            }
        }
        assertTrue(scored > 0, "no score was added to a battle that remains: the test would prove nothing");
    }

    /** One random operation; what it did, if accepted, is added to {@code accepted}. */
    private static void act(Random random, Accepted accepted) {
        String room = ROOMS.get(random.nextInt(ROOMS.size()));
        String user = user(random.nextInt(USERS));
        switch (random.nextInt(9)) {
            case 0, 1 -> http.call("/emulator/v1/enter_room", json("RoomId", room, "UserId", user));
            case 2 -> http.call("/emulator/v1/leave_room", json("RoomId", room, "UserId", user));
            case 3 -> call("pickUserOnSeat", json("RoomId", room, "Member_Account", user, "Index", random.nextInt(9)));
            case 4 -> call("kickUserOffSeat", json("RoomId", room, "Member_Account", user));
            case 5 -> {
                int count = 1 + random.nextInt(3);
                EmulatorHttp.Reply reply = call("sendGift", json("RoomId", room, "GiftId", GIFT, "Count", count,
                        "From_Account", user, "ReceiverList_Account", List.of(user(random.nextInt(USERS)))));
                if (reply.code() == 0 && !room.equals(FLEETING)) {
                    accepted.giftsSent().get(room).addAndGet(count);
                }
            }
            case 7 -> {
                EmulatorHttp.Reply reply = call("createBattle", json("FromRoomId", room,
                        "ToRoomIdList", List.of(ROOMS.get(random.nextInt(ROOMS.size()))), "Duration", 3_600_000));
                if (reply.code() == 0) {
                    accepted.battles().add(reply.json().at("/Response/BattleId").asText());
                }
            }
            case 8 -> {
                List<String> battles = accepted.battles();
                if (battles.isEmpty()) {
                    return;
                }
                String battleId = battles.get(random.nextInt(battles.size()));
                int score = 1 + random.nextInt(5);
                EmulatorHttp.Reply reply = call("setBattleScore", json("BattleId", battleId, "OpType", 1,
                        "ScoreList", List.of(json("RoomId", room, "Score", score))));
                if (reply.code() == 0 && reply.json().at("/Response/Result/0/ResultCode").asInt(-1) == 0) {
                    accepted.scoresAdded().computeIfAbsent(battleId, id -> new ConcurrentHashMap<>())
                            .computeIfAbsent(room, r -> new AtomicLong()).addAndGet(score);
                }
            }
            default -> {
                if (room.equals(FLEETING) && random.nextBoolean()) {
                    call("destroyRoom", json("RoomId", FLEETING));
                } else if (room.equals(FLEETING)) {
                    call("createRoom", newRoom(FLEETING));
                } else {
                    call("getSeatList", json("RoomId", room));
                }
            }
        }
    }
}

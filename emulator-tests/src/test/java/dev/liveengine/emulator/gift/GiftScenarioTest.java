package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.Refusals.refusedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.model.AddGiftCategoryRelationsRequest;
import dev.liveengine.client.model.AddGiftCategoryRequest;
import dev.liveengine.client.model.AddGiftRequest;
import dev.liveengine.client.model.DestroyRoomRequest;
import dev.liveengine.client.model.GetGiftCategoryLanguageRequest;
import dev.liveengine.client.model.GetGiftCategoryRelationsRequest;
import dev.liveengine.client.model.GetGiftCountRequest;
import dev.liveengine.client.model.GetGiftLanguageRequest;
import dev.liveengine.client.model.GiftCount;
import dev.liveengine.client.model.LanguageCode;
import dev.liveengine.client.model.MultiaccountImportRequest;
import dev.liveengine.client.model.RoomStatistic;
import dev.liveengine.client.model.SendGiftRequest;
import dev.liveengine.client.model.SetGiftCategoryLanguageRequest;
import dev.liveengine.client.model.SetGiftLanguageRequest;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.Rooms;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.server.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A gift show from the catalogue to the last figures, written as an app's own test would be: the
 * real client for what the app's server does, the emulator for the viewers, and the viewers' gifts
 * sent from several threads at once, so that an update lost between them shows in the sums.
 */
class GiftScenarioTest {

    /** One thread per sender. */
    private static final int SENDERS = 8;
    private static final int GIFTS_PER_SENDER = 25;

    private record CatalogueGift(String giftId, long coins, String english, String chinese, String categoryId) {
    }

    private static final List<CatalogueGift> CATALOGUE = List.of(
            new CatalogueGift("rose", 1, "Rose", "玫瑰", "everyday"),
            new CatalogueGift("heart", 5, "Heart", "爱心", "everyday"),
            new CatalogueGift("car", 500, "Sports car", "跑车", "luxury"),
            new CatalogueGift("rocket", 2000, "Rocket", "火箭", "luxury"));

    // a clock that stands still puts every call in one rate-limit window; tenfold limits let through
    // the catalogue's configuration calls (at most 4 of a command) and the 200 gifts at once
    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).rateLimitScale(10))
            .build();

    @Test
    void viewersSendGiftsAtOnceAndTheFiguresAddUp(LiveEngineClient client, EmulatorControl viewers) throws Exception {
        // the app's catalogue: English by default, Simplified Chinese beside it, in two categories
        category(client, "everyday", "Everyday", "日常");
        category(client, "luxury", "Luxury", "豪华");
        for (CatalogueGift gift : CATALOGUE) {
            client.addGift(new AddGiftRequest().giftId(gift.giftId()).coins(gift.coins()).defaultName(gift.english()));
            client.setGiftLanguage(new SetGiftLanguageRequest().giftId(gift.giftId()).language(LanguageCode.ZH_HANS).name(gift.chinese()));
            client.addGiftCategoryRelations(new AddGiftCategoryRelationsRequest().categoryId(gift.categoryId())
                    .giftIdList(List.of(gift.giftId())));
        }

        // what a viewer's gift panel shows, in Chinese, and in a language without texts
        assertEquals(List.of("car", "rocket"), client.getGiftCategoryRelations(new GetGiftCategoryRelationsRequest().categoryId("luxury"))
                .getRelation().getGiftIdList());
        assertEquals("豪华", client.getGiftCategoryLanguage(new GetGiftCategoryLanguageRequest().categoryId("luxury")
                .language(LanguageCode.ZH_HANS)).getCategoryInfo().getCategoryName());
        assertEquals("跑车", client.getGiftLanguage(new GetGiftLanguageRequest().giftId("car").language(LanguageCode.ZH_HANS))
                .getGiftInfo().getName());
        assertEquals("Sports car", client.getGiftLanguage(new GetGiftLanguageRequest().giftId("car").language(LanguageCode.ZH_HANT))
                .getGiftInfo().getName());

        // the show: a room, the app's users, the viewers in the room
        client.createRoom(Rooms.create("show"));
        List<String> senders = IntStream.rangeClosed(1, SENDERS).mapToObj(n -> "viewer" + n).toList();
        List<String> accounts = new ArrayList<>(senders);
        accounts.add("host");
        client.multiaccountImport(new MultiaccountImportRequest().accounts(accounts));
        senders.forEach(viewer -> viewers.enterRoom("show", viewer));

        // every viewer sends at once: sender n sends n of a gift per call, going round the catalogue
        long expectedCount = 0;
        long expectedCoins = 0;
        for (int n = 1; n <= SENDERS; n++) {
            for (int call = 0; call < GIFTS_PER_SENDER; call++) {
                expectedCount += n;
                expectedCoins += n * giftOfCall(call).coins();
            }
        }
        sendAllAtOnce(client, senders);

        GiftCount figures = client.getGiftCount(new GetGiftCountRequest().roomId("show").fromAccount("host")).getResponse();
        assertEquals(SENDERS * GIFTS_PER_SENDER, figures.getSequence(), "one change per send_gift");
        assertEquals(expectedCount, figures.getTotalCount());
        assertEquals(expectedCoins, figures.getTotalCoins());
        assertEquals(SENDERS, figures.getGiftSenderCount());

        // the end of the show: the last figures agree with the statistics, and go with the room
        RoomStatistic last = client.destroyRoom(new DestroyRoomRequest().roomId("show")).getResponse().getStatistic();
        assertEquals(figures.getTotalCount(), last.getTotalGiftsSent());
        assertEquals(figures.getTotalCoins(), last.getTotalGiftCoins());
        assertEquals(figures.getGiftSenderCount(), last.getTotalUniqueGiftSenders());
        assertEquals(SENDERS, last.getTotalViewers());
        assertEquals(ErrorCodes.ROOM_NOT_FOUND, refusedWith(() -> client.getGiftCount(
                new GetGiftCountRequest().roomId("show").fromAccount("host"))));
    }

    private static void category(LiveEngineClient client, String categoryId, String english, String chinese) {
        client.addGiftCategory(new AddGiftCategoryRequest().categoryId(categoryId).defaultName(english));
        client.setGiftCategoryLanguage(new SetGiftCategoryLanguageRequest().categoryId(categoryId).language(LanguageCode.EN)
                .categoryName(english));
        client.setGiftCategoryLanguage(new SetGiftCategoryLanguageRequest().categoryId(categoryId).language(LanguageCode.ZH_HANS)
                .categoryName(chinese));
    }

    private static CatalogueGift giftOfCall(int call) {
        return CATALOGUE.get(call % CATALOGUE.size());
    }

    /** Each sender on a thread of its own, all let go together; returns when every gift is sent. */
    private static void sendAllAtOnce(LiveEngineClient client, List<String> senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> sending = new ArrayList<>();
        try {
            for (int n = 1; n <= senders.size(); n++) {
                String sender = senders.get(n - 1);
                int perCall = n;
                sending.add(pool.submit(() -> {
                    start.await();
                    for (int call = 0; call < GIFTS_PER_SENDER; call++) {
                        client.sendGift(new SendGiftRequest().roomId("show").giftId(giftOfCall(call).giftId()).count(perCall)
                                .fromAccount(sender).receiverListAccount(List.of("host")));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> sender : sending) {
                sender.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

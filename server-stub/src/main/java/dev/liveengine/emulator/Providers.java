package dev.liveengine.emulator;

import dev.liveengine.emulator.account.AccountProvider;
import dev.liveengine.emulator.battle.BattleProvider;
import dev.liveengine.emulator.battle.BattleStore;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.gift.GiftCategoryProvider;
import dev.liveengine.emulator.gift.GiftLanguageProvider;
import dev.liveengine.emulator.gift.GiftProvider;
import dev.liveengine.emulator.gift.GiftStore;
import dev.liveengine.emulator.message.MessageProvider;
import dev.liveengine.emulator.message.MessageStore;
import dev.liveengine.emulator.member.MemberProvider;
import dev.liveengine.emulator.mixstream.MixStreamProvider;
import dev.liveengine.emulator.mixstream.MixStreamStore;
import dev.liveengine.emulator.robot.RobotProvider;
import dev.liveengine.emulator.room.RoomProvider;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.seat.SeatProvider;
import dev.liveengine.emulator.seat.SeatStore;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.CallbackConfigProvider;
import dev.liveengine.emulator.webhook.WebhookConfigStore;
import dev.liveengine.emulator.webhook.Webhooks;
import java.util.List;

/**
 * The implementations of the Live Engine API: one provider per tag of the spec, each with the store
 * it owns, in a package per group. A new operation of an existing tag needs nothing here; a new tag
 * adds its provider below.
 */
final class Providers {

    private Providers() {
    }

    static List<Object> create(EmulatorState state, EmulatorSettings settings, Webhooks webhooks) {
        AccountStore accounts = state.add(new AccountStore(settings.admins, settings.clock));
        RoomStore rooms = state.add(new RoomStore(settings.clock));
        GiftStore gifts = state.add(new GiftStore(settings.maxGifts));
        MixStreamStore mixStreams = state.add(new MixStreamStore());
        MessageStore messages = state.add(new MessageStore(settings.clock));
        SeatStore seats = state.add(new SeatStore());
        BattleStore battles = state.add(new BattleStore(settings.clock));
        return List.of(
                new AccountProvider(accounts),
                new RoomProvider(rooms, accounts, gifts, messages, state, webhooks, settings.roomQuota),
                new MemberProvider(rooms, accounts, state, webhooks),
                new GiftProvider(gifts, rooms, accounts, state, webhooks),
                new GiftCategoryProvider(gifts),
                new GiftLanguageProvider(gifts),
                new MixStreamProvider(mixStreams, rooms),
                new RobotProvider(rooms, accounts, state, webhooks),
                new MessageProvider(messages, rooms, state, webhooks),
                new SeatProvider(seats, rooms, webhooks),
                new BattleProvider(battles, rooms, webhooks),
                new CallbackConfigProvider(state.store(WebhookConfigStore.class)));
    }
}

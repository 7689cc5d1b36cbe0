package dev.liveengine.emulator;

import dev.liveengine.emulator.gift.GiftProvider;
import dev.liveengine.emulator.gift.GiftStore;
import dev.liveengine.emulator.mixstream.MixStreamProvider;
import dev.liveengine.emulator.mixstream.MixStreamStore;
import dev.liveengine.emulator.state.EmulatorState;
import java.util.List;

/**
 * The implementations of the Live Engine API: one provider per tag of the spec, each with the store
 * it owns, in a package per group. A new operation of an existing tag needs nothing here; a new tag
 * adds its provider below.
 */
final class Providers {

    private Providers() {
    }

    static List<Object> create(EmulatorState state, EmulatorSettings settings) {
        return List.of(
                new GiftProvider(state.add(new GiftStore(settings.maxGifts))),
                new MixStreamProvider(state.add(new MixStreamStore())));
    }
}

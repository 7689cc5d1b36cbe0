package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.state.SnapshotSections;

/** A configured gift, in the emulator's own terms. Optional settings are null when not given. */
public record Gift(String giftId, Long coins, String defaultName, String defaultDesc, String iconUrl,
                   String resourceUrl, Integer level, String extensionInfo) {

    public Gift {
        SnapshotSections.required(giftId, "GiftId");
        SnapshotSections.required(coins, "Coins");
        SnapshotSections.required(defaultName, "DefaultName");
    }
}

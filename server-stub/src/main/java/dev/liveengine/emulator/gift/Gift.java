package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.state.SnapshotSection;

/** A configured gift, in the emulator's own terms. Optional settings are null when not given. */
public record Gift(String giftId, Long coins, String defaultName, String defaultDesc, String iconUrl,
                   String resourceUrl, Integer level, String extensionInfo) {

    public Gift {
        SnapshotSection.required(giftId, "GiftId");
        SnapshotSection.required(coins, "Coins");
        SnapshotSection.required(defaultName, "DefaultName");
    }
}

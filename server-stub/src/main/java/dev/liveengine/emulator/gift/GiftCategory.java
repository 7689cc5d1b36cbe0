package dev.liveengine.emulator.gift;

import dev.liveengine.emulator.state.SnapshotSection;

/** A gift category: its ID and default texts. Which gifts it holds is kept apart, as relations. */
public record GiftCategory(String categoryId, String defaultName, String defaultDesc, String extensionInfo) {

    public GiftCategory {
        SnapshotSection.required(categoryId, "CategoryId");
        // the spec requires it in get_gift_category's reply, as add_gift_category requires it
        SnapshotSection.required(defaultName, "DefaultName");
    }
}

package dev.liveengine.emulator.gift;

/** A name and a description in one language; null where not set. */
public record LocalizedText(String name, String desc) {

    /** This text with the fields {@code changes} gives; a set call changes only what it names. */
    LocalizedText updatedWith(LocalizedText changes) {
        return new LocalizedText(changes.name != null ? changes.name : name, changes.desc != null ? changes.desc : desc);
    }
}

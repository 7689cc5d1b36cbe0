package dev.liveengine.openapi.compat;

/**
 * One change that can break an existing client.
 *
 * @param key         stable identifier, {@code <rule>:<where>}, that a CHANGELOG's {@code ### Breaking}
 *                    section quotes in backticks to acknowledge the change
 * @param description what changed, for people
 */
record BreakingChange(String key, String description) {

    BreakingChange {
        if (key == null || key.isBlank() || key.indexOf('`') >= 0) {
            throw new IllegalArgumentException("a key must be non-blank and free of backticks: " + key);
        }
    }

    @Override
    public String toString() {
        return "`" + key + "` " + description;
    }
}

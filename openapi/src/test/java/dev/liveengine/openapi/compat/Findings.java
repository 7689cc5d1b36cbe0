package dev.liveengine.openapi.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects breaking changes; the first description given for a key wins, later ones are dropped. */
final class Findings {

    private final Map<String, BreakingChange> byKey = new LinkedHashMap<>();

    void add(String key, String description) {
        add(new BreakingChange(key, description));
    }

    void add(BreakingChange change) {
        byKey.putIfAbsent(change.key(), change);
    }

    void addAll(List<BreakingChange> changes) {
        changes.forEach(this::add);
    }

    /** Everything collected, sorted by key so that reports are stable. */
    List<BreakingChange> sorted() {
        List<BreakingChange> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing(BreakingChange::key));
        return all;
    }
}

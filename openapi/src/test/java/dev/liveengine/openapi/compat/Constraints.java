package dev.liveengine.openapi.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keywords that bound a value, and how to tell that one of them accepts less than before. */
final class Constraints {

    /** Numeric bounds: true for an upper bound (lowering it tightens), false for a lower bound. */
    private static final Map<String, Boolean> BOUNDS = new LinkedHashMap<>();

    static {
        for (String upper : List.of("maxLength", "x-max-bytes", "maximum", "maxItems", "maxProperties")) {
            BOUNDS.put(upper, true);
        }
        for (String lower : List.of("minLength", "minimum", "minItems", "minProperties")) {
            BOUNDS.put(lower, false);
        }
    }

    /** Flags that tighten when they turn on. */
    private static final List<String> FLAGS = List.of("exclusiveMaximum", "exclusiveMinimum", "uniqueItems");

    private Constraints() {
    }

    /** One keyword that accepts less in {@code after} than in {@code before}. */
    record Tightening(String keyword, String before, String after) {
    }

    /**
     * Keywords on which {@code after} accepts less than {@code before}. Swap the arguments to find
     * the keywords that were loosened.
     *
     * @param withAdditionalProperties whether {@code additionalProperties} turning false counts
     */
    static List<Tightening> tightened(ObjectNode before, ObjectNode after, boolean withAdditionalProperties) {
        List<Tightening> found = new ArrayList<>();
        BOUNDS.forEach((keyword, upper) -> {
            JsonNode was = before.get(keyword);
            JsonNode is = after.get(keyword);
            if (is != null && is.isNumber()
                    && (was == null || !was.isNumber() || stricter(is, was, upper))) {
                found.add(new Tightening(keyword, show(was), show(is)));
            }
        });
        for (String flag : FLAGS) {
            if (after.path(flag).asBoolean(false) && !before.path(flag).asBoolean(false)) {
                found.add(new Tightening(flag, show(before.get(flag)), "true"));
            }
        }
        JsonNode pattern = after.get("pattern");
        if (pattern != null && !pattern.equals(before.get("pattern"))) {
            found.add(new Tightening("pattern", show(before.get("pattern")), show(pattern)));
        }
        if (withAdditionalProperties && isFalse(after.get("additionalProperties"))
                && !isFalse(before.get("additionalProperties"))) {
            found.add(new Tightening("additionalProperties", show(before.get("additionalProperties")), "false"));
        }
        return found;
    }

    private static boolean stricter(JsonNode is, JsonNode was, boolean upper) {
        int order = is.decimalValue().compareTo(was.decimalValue());
        return upper ? order < 0 : order > 0;
    }

    private static boolean isFalse(JsonNode node) {
        return node != null && node.isBoolean() && !node.booleanValue();
    }

    private static String show(JsonNode node) {
        return node == null ? "none" : node.isValueNode() ? node.asText() : node.toString();
    }
}

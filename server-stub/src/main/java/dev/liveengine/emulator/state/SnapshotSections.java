package dev.liveengine.emulator.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;

/** Reading the parts of a snapshot section, with errors that say which part is wrong. */
public final class SnapshotSections {

    private SnapshotSections() {
    }

    /**
     * Fails unless {@code section} is an object with no field but {@code fields}: a field the store
     * does not know would otherwise be state dropped without a word.
     */
    public static void requireOnly(JsonNode section, String... fields) {
        if (!section.isObject()) {
            throw new IllegalArgumentException("must be an object with the fields " + String.join(", ", fields));
        }
        Set<String> known = Set.of(fields);
        section.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(name + " is not a field of this store; it has " + String.join(", ", fields));
            }
        });
    }

    /** The list of {@code type} under {@code field}; an absent field is an empty list. */
    public static <T> List<T> list(JsonNode section, String field, Class<T> type, ObjectMapper json) {
        JsonNode node = section.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
        try {
            List<T> items = json.treeToValue(node, listType);
            if (items.contains(null)) {
                throw new IllegalArgumentException(field + " holds a null entry");
            }
            return items;
        } catch (JsonProcessingException e) {
            // a record's own check (a missing required field) says it better than Jackson's wrapper
            String why = e.getCause() instanceof IllegalArgumentException own ? own.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(field + ": " + why);
        }
    }

    /** Fails unless {@code value} is present: records read from JSON leave a missing field null. */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}

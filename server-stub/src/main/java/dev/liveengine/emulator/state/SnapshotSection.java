package dev.liveengine.emulator.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One store's section of a snapshot as it is read, straight from the parser: a store names the
 * {@link Field fields} it knows and {@link #read} reads them in the order they come, the entries of
 * a list one at a time. A state file of a million accounts is thus never held as a JSON tree (which
 * takes several times the memory of the state it describes); the errors say which part is wrong.
 */
public final class SnapshotSection {

    private final JsonParser parser;
    private final DeserializationContext context;
    private boolean read;

    /**
     * @param parser at the section's first token
     * @param context what reads the values, one for the whole snapshot
     */
    SnapshotSection(JsonParser parser, DeserializationContext context) {
        this.parser = parser;
        this.context = context;
    }

    /** How a field's value is read, with the parser at its first token and left at its last. */
    @FunctionalInterface
    private interface ValueReader<T> {

        T read(JsonParser parser, DeserializationContext context) throws IOException;
    }

    /** A field of a section, how its value is read, and what an absent or null field reads as. */
    public static final class Field<T> {

        private final String name;
        private final T absent;
        private final ValueReader<T> value;

        private Field(String name, T absent, ValueReader<T> value) {
            this.name = name;
            this.absent = absent;
            this.value = value;
        }
    }

    /** A list of {@code type}; an absent or null field is an empty list. */
    public static <T> Field<List<T>> list(String name, Class<T> type) {
        return list(name, type, Function.identity());
    }

    /**
     * A list of {@code type}, each entry made into what the store keeps by {@code convert} as soon as
     * it is read, so that the two forms of a large list are never held at once.
     */
    public static <S, T> Field<List<T>> list(String name, Class<S> type, Function<S, T> convert) {
        return new Field<>(name, List.of(), (parser, context) -> {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(name + " must be a list");
            }
            List<T> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                    throw new IllegalArgumentException(name + " holds a null entry");
                }
                try {
                    items.add(convert.apply(context.readValue(parser, type)));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(name + ": " + why(e));
                } catch (IllegalArgumentException own) {
                    throw new IllegalArgumentException(name + ": " + own.getMessage(), own);
                }
            }
            return items;
        });
    }

    /** One value of {@code type}; an absent or null field is null. */
    public static <T> Field<T> value(String name, Class<T> type) {
        return new Field<>(name, null, (parser, context) -> {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            try {
                return context.readValue(parser, type);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(name + ": " + why(e));
            }
        });
    }

    /**
     * The value as a JSON tree, for a small one that the store checks by hand; an absent field is a
     * missing node and a null one a null node, as {@link JsonNode#path} gives them.
     */
    public static Field<JsonNode> tree(String name) {
        return new Field<>(name, MissingNode.getInstance(), (parser, context) -> context.readTree(parser));
    }

    /** What the fields of a section read as. */
    public static final class Values {

        private final Map<Field<?>, Object> values = new HashMap<>();

        @SuppressWarnings("unchecked")
        public <T> T get(Field<T> field) {
            if (!values.containsKey(field)) {
                // a mistake of the store's, not of the snapshot
                throw new IllegalStateException("the section was not read with the field " + field.name);
            }
            Object value = values.get(field);
            return value == null ? field.absent : (T) value;
        }
    }

    /**
     * Reads the section, which must be an object with no field but {@code fields}: a field the store
     * does not know would otherwise be state dropped without a word. A field given twice counts
     * once, the last time, as in a JSON tree.
     */
    public Values read(Field<?>... fields) {
        return read(List.of(fields));
    }

    /** {@link #read(Field...)} with the fields in a list. */
    public Values read(List<Field<?>> fields) {
        if (read) {
            throw new IllegalStateException("a section is read once");
        }
        read = true;
        String names = fields.stream().map(field -> field.name).collect(Collectors.joining(", "));
        Map<String, Field<?>> known = fields.stream().collect(Collectors.toMap(field -> field.name, field -> field));
        Values values = new Values();
        known.values().forEach(field -> values.values.put(field, null));
        try {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("must be an object with the fields " + names);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Field<?> field = known.get(parser.currentName());
                if (field == null) {
                    throw new IllegalArgumentException(parser.currentName() + " is not a field of this store; it has " + names);
                }
                parser.nextToken();
                values.values.put(field, field.value.read(parser, context));
            }
        } catch (IOException e) {
            // the text is broken (or the file could not be read) inside this section
            throw new IllegalArgumentException(why(e));
        }
        return values;
    }

    /** Whether {@link #read} has run, leaving the parser at the section's end. */
    boolean wasRead() {
        return read;
    }

    /**
     * A record's own check (a missing required field) says it better than Jackson's wrapper; broken
     * text says where it broke.
     */
    private static String why(IOException e) {
        if (e.getCause() instanceof IllegalArgumentException own) {
            return own.getMessage();
        }
        if (e instanceof StreamReadException) {
            return e.getMessage();
        }
        return e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.toString();
    }

    /** Fails unless {@code value} is present: records read from JSON leave a missing field null. */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}

package dev.liveengine.emulator.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the strings of a snapshot so that equal ones are one instance. A user ID is held by its
 * account, by the member list of the room it is in and by the senders of the gifts it sent; read
 * apart, each holder would have its own copy, some 50 bytes apiece, which is over 100 MB for a
 * million users. The pool lives as long as one restore: {@link EmulatorState#restore} puts a fresh
 * one in the attributes of the context that reads the snapshot ({@link #POOL}). Read without one, a
 * string is read as usual.
 */
final class SharedStrings extends StringDeserializer {

    /** The context attribute that holds the pool of the restore under way. */
    static final Object POOL = SharedStrings.class;

    /** A new pool for one restore. */
    static Map<String, String> newPool() {
        return new HashMap<>();
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        @SuppressWarnings("unchecked")
        Map<String, String> pool = (Map<String, String>) context.getAttribute(POOL);
        if (pool == null || value == null) {
            return value;
        }
        String shared = pool.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}

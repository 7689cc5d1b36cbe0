package dev.liveengine.emulator.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing a store's snapshot section ({@link Store#writeExport}) for a store that can hold a great
 * deal: its lists an entry at a time, and its {@link Store#export tree} made from that same writing,
 * so that the two never differ.
 */
public final class SnapshotOutput {

    private SnapshotOutput() {
    }

    /** Writes {@code "field": [...]}, one entry at a time: the same text as the list's tree. */
    public static void writeList(JsonGenerator out, String field, Iterable<?> entries, ObjectMapper json) throws IOException {
        // not flushed after each entry, as ObjectMapper.writeValue would: the file is written in large blocks
        ObjectWriter entry = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        out.writeFieldName(field);
        out.writeStartArray();
        for (Object value : entries) {
            entry.writeValue(out, value);
        }
        out.writeEndArray();
    }

    /** The section {@code store} writes, as a tree: what {@link ObjectMapper#valueToTree} builds, by the same means. */
    public static JsonNode tree(Store store, ObjectMapper json) {
        TokenBuffer buffer = new TokenBuffer(json, false);
        try {
            store.writeExport(buffer, json);
            try (JsonParser parser = buffer.asParser()) {
                return json.readTree(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer does no I/O
        }
    }
}

package dev.liveengine.emulator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything the emulator remembers between requests: one {@link Store} per group of operations,
 * behind one lock. Every operation runs whole under that lock ({@link #atomically}), so a change
 * that spans groups (a destroyed room takes its gifts, seats and mixing task with it) is never seen
 * half done and no update is lost, however many requests arrive at once. Operations are short and
 * in memory, so one lock costs less than the I/O around it.
 */
public final class EmulatorState {

    /** Version of the snapshot format written by {@link #export}. */
    public static final int SNAPSHOT_VERSION = 1;
    private static final String WRONG_VERSION = "State.Version must be " + SNAPSHOT_VERSION;
    private static final String STORES_NOT_AN_OBJECT = "State.Stores must be an object";

    private final ReentrantLock lock = new ReentrantLock();
    /** The after-commit actions of the operation the thread is running. */
    private final ThreadLocal<List<Runnable>> committed = ThreadLocal.withInitial(ArrayList::new);
    private final Map<String, Store> stores = new LinkedHashMap<>();
    /**
     * Snapshots name their fields like the API does ({@code GiftId}), and a field a store does not
     * know is an error rather than silently dropped state. Records check their own required fields.
     */
    private final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().addDeserializer(String.class, new SharedStrings()));

    /** Adds a store at start-up; its name must be new. */
    public <S extends Store> S add(S store) {
        if (stores.putIfAbsent(store.name(), store) != null) {
            throw new IllegalStateException("two stores are named " + store.name());
        }
        return store;
    }

    /** The store of this type; for the control API's end-user events, which act on several groups. */
    public <S extends Store> S store(Class<S> type) {
        return stores.values().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no store of type " + type.getName()));
    }

    /**
     * Runs {@code work} with the state locked, so that it sees and leaves a consistent state. What
     * the work asked to be done {@link #afterCommit after} it runs once the lock is released, and
     * only if the work returned (a refused operation changed nothing, so it has nothing to report).
     */
    public <T> T atomically(Supplier<T> work) {
        lock.lock();
        boolean outermost = lock.getHoldCount() == 1;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException refused) {
            if (outermost) {
                committed.get().clear();
            }
            throw refused;
        } finally {
            lock.unlock();
        }
        if (outermost) {
            runCommitted();
        }
        return result;
    }

    /**
     * Has {@code action} run when the operation in progress has returned and released the lock: for
     * what must not hold up other operations or happen for a refused one, such as the webhooks that
     * report a change.
     */
    public void afterCommit(Runnable action) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("afterCommit must run inside atomically(...)");
        }
        committed.get().add(action);
    }

    private void runCommitted() {
        List<Runnable> actions = committed.get();
        if (actions.isEmpty()) {
            return;
        }
        List<Runnable> due = List.copyOf(actions);
        actions.clear();
        due.forEach(Runnable::run);
    }

    /**
     * Tells every store that a room is gone. Called by the operation that destroys it, so under the
     * lock: no reader ever sees the room gone but its members, seats or mixing task still there.
     */
    public void forgetRoom(String roomId) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("forgetRoom must run inside atomically(...)");
        }
        stores.values().forEach(store -> store.forgetRoom(roomId));
    }

    /** Tells every store that a member left a room or was put out of it; like {@link #forgetRoom}, under the lock. */
    public void forgetMember(String roomId, String userId) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("forgetMember must run inside atomically(...)");
        }
        stores.values().forEach(store -> store.forgetMember(roomId, userId));
    }

    /** Forgets everything, as after a fresh start. */
    public void clear() {
        atomically(() -> {
            stores.values().forEach(Store::clear);
            return null;
        });
    }

    /**
     * The whole state: {@code {"Version": 1, "Stores": {"<store>": {...}, ...}}}, as the tree a JSON
     * parser reads from the text {@link #write} writes, so that it equals a snapshot read from a file
     * or a reply (a tree built from Java values holds a {@code long} 10 where the parser holds an
     * {@code int} 10, and the two trees would differ while printing the same).
     */
    public ObjectNode export() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(text)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // nothing to fail in memory
        }
        try {
            return (ObjectNode) json.readTree(text.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the whole state, {@code {"Version": 1, "Stores": {...}}}, store by store and, for the
     * stores that can hold a great deal, list entry by list entry ({@link Store#writeExport}): the
     * state file is written with it, so that a state too large to be held as a JSON tree can still be
     * written. The state is locked throughout, so that what is written is one consistent snapshot.
     */
    public void write(JsonGenerator out) throws IOException {
        try {
            atomically(() -> {
                try {
                    out.writeStartObject();
                    out.writeNumberField("Version", SNAPSHOT_VERSION);
                    out.writeObjectFieldStart("Stores");
                    for (Map.Entry<String, Store> store : stores.entrySet()) {
                        out.writeFieldName(store.getKey());
                        store.getValue().writeExport(out, json);
                    }
                    out.writeEndObject();
                    out.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Replaces the whole state with a snapshot from {@link #export}, given as a tree (the control
     * API's import_state): read as {@link #restore(JsonParser)} reads a file.
     *
     * @throws IllegalArgumentException naming what is wrong with the snapshot
     */
    public void restore(JsonNode snapshot) {
        try (JsonParser parser = snapshot.traverse(json)) {
            restore(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a tree's parser does no I/O
        }
    }

    /**
     * Replaces the whole state with a snapshot from {@link #export}, read from {@code snapshot} (a
     * file's parser, say) one section and one list entry at a time, so that a large state file is
     * never held as a JSON tree. A store the snapshot leaves out is emptied. Nothing changes unless
     * the whole snapshot reads cleanly: every section is read before any is installed.
     *
     * @throws IllegalArgumentException naming what is wrong with the snapshot
     */
    public void restore(JsonParser snapshot) {
        Map<String, Runnable> installs;
        try {
            installs = prepareRestore(snapshot);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // read outside the lock (reading touches no store), installed under it in one step
        atomically(() -> {
            stores.forEach((name, store) -> installs.getOrDefault(name, store::clear).run());
            return null;
        });
    }

    /** Reads {@code {"Version": 1, "Stores": {...}}}: what installs each section the snapshot has. */
    private Map<String, Runnable> prepareRestore(JsonParser parser) throws IOException {
        // One context reads the whole snapshot, with one pool of strings that its sections share
        // (SharedStrings). The pool is a per-call attribute, which ends with the context: an
        // ObjectReader's attribute would be kept for good by the deserializers Jackson caches.
        DeserializationContext context = ((DefaultDeserializationContext) json.getDeserializationContext())
                .createInstance(json.getDeserializationConfig(), parser, json.getInjectableValues());
        context.setAttribute(SharedStrings.POOL, SharedStrings.newPool());
        if (parser.currentToken() == null) {
            parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException(WRONG_VERSION);
        }
        boolean versionRead = false;
        Map<String, Runnable> installs = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "Version" -> {
                    // as JsonNode.asInt reads it, which is what the check has always been
                    if (context.readTree(parser).asInt() != SNAPSHOT_VERSION) {
                        throw new IllegalArgumentException(WRONG_VERSION);
                    }
                    versionRead = true;
                }
                case "Stores" -> installs = prepareSections(parser, context);
                default -> parser.skipChildren();
            }
        }
        if (!versionRead) {
            throw new IllegalArgumentException(WRONG_VERSION);
        }
        if (installs == null) {
            throw new IllegalArgumentException(STORES_NOT_AN_OBJECT);
        }
        return installs;
    }

    private Map<String, Runnable> prepareSections(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException(STORES_NOT_AN_OBJECT);
        }
        Map<String, Runnable> installs = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Store store = stores.get(name);
            if (store == null) {
                throw new IllegalArgumentException("State.Stores." + name + " is not a store of this emulator; it has " + stores.keySet());
            }
            parser.nextToken();
            SnapshotSection section = new SnapshotSection(parser, context);
            try {
                installs.put(name, store.prepareRestore(section));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("State.Stores." + name + ": " + e.getMessage(), e);
            }
            if (!section.wasRead()) {
                throw new IllegalStateException("the " + name + " store did not read its snapshot section");
            }
        }
        return installs;
    }
}

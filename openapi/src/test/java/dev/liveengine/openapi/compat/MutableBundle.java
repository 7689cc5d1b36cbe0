package dev.liveengine.openapi.compat;

import dev.liveengine.openapi.SpecFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** A private copy of the current bundle as a Jackson tree, for tests to change and write out. */
final class MutableBundle {

    static final String SERVICE = "/v4/live_engine_http_srv/";

    private static JsonNode current;

    private final ObjectNode root;

    private MutableBundle(ObjectNode root) {
        this.root = root;
    }

    /** A fresh copy of the bundle this build made. */
    static MutableBundle current() {
        synchronized (MutableBundle.class) {
            if (current == null) {
                current = SpecFiles.readYaml(SpecFiles.builtBundle());
            }
        }
        return new MutableBundle(current.deepCopy());
    }

    ObjectNode schema(String name) {
        return object(root.path("components").path("schemas").path(name), "schema " + name);
    }

    ObjectNode property(String schema, String property) {
        return object(schema(schema).path("properties").path(property), "property " + schema + "." + property);
    }

    /** The schema's {@code required} list, created empty when it has none. */
    ArrayNode required(String schema) {
        ObjectNode node = schema(schema);
        return node.has("required") ? (ArrayNode) node.get("required") : node.putArray("required");
    }

    ObjectNode parameter(String name) {
        return object(root.path("components").path("parameters").path(name), "parameter " + name);
    }

    ObjectNode paths() {
        return object(root.path("paths"), "paths");
    }

    /** The POST operation of a command such as {@code send_gift}. */
    ObjectNode operation(String command) {
        return object(paths().path(SERVICE + command).path("post"), "operation " + command);
    }

    /** The root's {@code x-webhooks}. */
    ObjectNode webhooks() {
        return object(root.path("x-webhooks"), "x-webhooks");
    }

    /** The POST operation of a webhook such as {@code Live.CallbackAfterCreateRoom}. */
    ObjectNode webhook(String commandWord) {
        return object(webhooks().path(commandWord).path("post"), "webhook " + commandWord);
    }

    ArrayNode servers() {
        return (ArrayNode) root.get("servers");
    }

    /** Removes the top-level server with this URL, failing when there is none. */
    void removeServer(String url) {
        ArrayNode servers = servers();
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).path("url").asText().equals(url)) {
                servers.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no server " + url + " in the bundle");
    }

    /** Removes {@code value} from an array of strings, failing when it is not there. */
    static void removeText(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + array);
    }

    /** Writes the bundle, as JSON or YAML by the file's extension ({@link SpecFiles#writeSpec}). */
    Path writeTo(Path file) {
        return SpecFiles.writeSpec(file, root);
    }

    private static ObjectNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the bundle has no " + what + "; the test needs updating");
        }
        return (ObjectNode) node;
    }
}

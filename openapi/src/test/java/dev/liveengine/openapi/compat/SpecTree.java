package dev.liveengine.openapi.compat;

import dev.liveengine.openapi.SpecFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A bundled spec read as a plain Jackson tree. Every {@code $ref} in a bundle points inside the same
 * document ({@code #/components/...}), so resolving one is a JSON Pointer lookup.
 */
final class SpecTree {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final int MAX_REF_HOPS = 32;

    private final JsonNode root;

    private SpecTree(JsonNode root) {
        this.root = root;
    }

    static SpecTree read(Path file) {
        return new SpecTree(SpecFiles.readSpec(file));
    }

    JsonNode root() {
        return root;
    }

    /** Follows {@code $ref} until a node without one is reached. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hop = 0; isRef(current); hop++) {
            if (hop == MAX_REF_HOPS) {
                throw new IllegalStateException("$ref chain too long or circular at " + node);
            }
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only internal $refs are supported in a bundle: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
            current = target;
        }
        return current;
    }

    static boolean isRef(JsonNode node) {
        return node != null && node.isObject() && node.has("$ref");
    }

    /** The last segment of a node's {@code $ref} ({@code RoomId} for {@code #/components/schemas/RoomId}), or null. */
    static String refName(JsonNode node) {
        if (!isRef(node)) {
            return null;
        }
        String ref = node.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** Every operation, keyed {@code "POST /v4/service/command"}, in document order. */
    Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        forEachField(root.path("paths"), (path, item) -> {
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    Operation op = new Operation(method.toUpperCase() + " " + path, item, operation);
                    operations.put(op.key(), op);
                }
            }
        });
        return operations;
    }

    /**
     * Every webhook operation ({@code x-webhooks}), keyed {@code "webhook <command word>"}, in document
     * order; a webhook has only a POST.
     */
    Map<String, Operation> webhooks() {
        Map<String, Operation> webhooks = new LinkedHashMap<>();
        forEachField(root.path("x-webhooks"), (command, item) -> {
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    Operation op = new Operation("webhook " + command, item, operation);
                    webhooks.put(op.key(), op);
                }
            }
        });
        return webhooks;
    }

    /** The URLs of the top-level servers, in document order. */
    List<String> serverUrls() {
        List<String> urls = new ArrayList<>();
        root.path("servers").forEach(server -> urls.add(server.path("url").asText()));
        return urls;
    }

    static void forEachField(JsonNode node, BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            action.accept(field.getKey(), field.getValue());
        }
    }

    /** One operation with the path item that holds it (for path-level parameters). */
    record Operation(String key, JsonNode pathItem, JsonNode node) {
    }
}

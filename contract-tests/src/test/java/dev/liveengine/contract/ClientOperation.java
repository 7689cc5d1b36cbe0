package dev.liveengine.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.LiveEngineJson;
import dev.liveengine.client.LiveEngineOperations;
import dev.liveengine.client.model.BaseResponse;
import dev.liveengine.openapi.testing.SpecExamples;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The generated client's method for an operation of the spec, the public method of
 * {@link LiveEngineOperations} named by its operationId, fed with example payloads. Payloads are
 * read and written with the client's own mapper, so they pass through exactly the models the
 * client uses.
 */
record ClientOperation(Method method) {

    private static final ObjectMapper CLIENT_JSON = LiveEngineJson.newMapper();

    static ClientOperation of(SpecExamples.Operation operation) {
        return Arrays.stream(LiveEngineOperations.class.getDeclaredMethods())
                .filter(method -> method.getName().equals(operation.operationId()) && isOperation(method))
                .findFirst()
                .map(ClientOperation::new)
                .orElseThrow(() -> new AssertionError("the client has no method " + operation.operationId()));
    }

    /** The operationIds the client has a method for. */
    static Set<String> operationIds() {
        return Arrays.stream(LiveEngineOperations.class.getDeclaredMethods())
                .filter(ClientOperation::isOperation)
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    /**
     * Reads {@code request} into the method's request model and sends it with {@code client};
     * whatever the client throws is thrown as it is.
     */
    BaseResponse call(LiveEngineOperations client, JsonNode request) throws JsonProcessingException {
        Object model = CLIENT_JSON.treeToValue(request, method.getParameterTypes()[0]);
        try {
            return (BaseResponse) method.invoke(client, model);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code reply} read into the method's reply model and written back, as the client sees it. */
    JsonNode throughReplyModel(JsonNode reply) throws JsonProcessingException {
        return tree(CLIENT_JSON.treeToValue(reply, method.getReturnType()));
    }

    /**
     * A model as the JSON tree the client's mapper writes, read back from the text, so that it compares
     * equal to an example read from text: a model's {@code long} 1 and an example's 1 are then the same node.
     */
    static JsonNode tree(Object model) throws JsonProcessingException {
        return CLIENT_JSON.readTree(CLIENT_JSON.writeValueAsString(model));
    }

    private static boolean isOperation(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !method.isSynthetic();
    }
}

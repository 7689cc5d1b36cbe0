package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** One query parameter of an operation, checked against the schema the spec gives it. */
record QueryParameterRule(String name, boolean required, String type, LazySchema schema) {

    /** Null when {@code value} is acceptable, otherwise what is wrong with it. */
    String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return required ? "query parameter " + name + " is missing" : null;
        }
        JsonNode instance;
        try {
            instance = switch (type) {
                case "integer" -> JsonNodeFactory.instance.numberNode(Long.parseLong(value));
                case "number" -> JsonNodeFactory.instance.numberNode(Double.parseDouble(value));
                default -> JsonNodeFactory.instance.textNode(value);
            };
        } catch (NumberFormatException e) {
            return "query parameter " + name + " must be " + ("integer".equals(type) ? "an integer" : "a number");
        }
        Set<ValidationMessage> messages = schema.get().validate(instance);
        return messages.isEmpty() ? null
                : "query parameter " + name + ": " + OperationContract.withoutLocation(messages.iterator().next());
    }
}

package dev.liveengine.emulator.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The spec's own schema keywords, taught to the JSON Schema validator so that the emulator enforces
 * them like any standard keyword: {@code x-max-bytes} (the docs give string limits in UTF-8 bytes,
 * which {@code maxLength} cannot express) and {@code x-json-text} (a string that must hold JSON).
 */
final class SchemaKeywords {

    /** Strict about the end too: a JSON value followed by more text is not a JSON text. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SchemaKeywords() {
    }

    static Keyword maxBytes() {
        return new StringKeyword("x-max-bytes", (value, schemaValue) -> {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            return bytes > schemaValue.asInt() ? "is " + bytes + " bytes long, more than " + schemaValue.asInt() : null;
        });
    }

    static Keyword jsonText() {
        return new StringKeyword("x-json-text", (value, schemaValue) -> {
            if (!schemaValue.asBoolean()) {
                return null;
            }
            try {
                JSON.readTree(value);
                return null;
            } catch (IOException e) {
                return "must be a JSON text";
            }
        });
    }

    /** A keyword that checks string instances with {@code check}, which returns a problem or null. */
    private record StringKeyword(String name, BiFunction<String, JsonNode, String> check) implements Keyword {

        @Override
        public String getValue() {
            return name;
        }

        @Override
        public JsonValidator newValidator(SchemaLocation location, JsonNodePath evaluationPath, JsonNode schemaNode,
                                          JsonSchema parentSchema, ValidationContext context) {
            return new JsonValidator() {
                @Override
                public Set<ValidationMessage> validate(ExecutionContext executionContext, JsonNode node,
                                                       JsonNode rootNode, JsonNodePath instanceLocation) {
                    String problem = node.isTextual() ? check.apply(node.textValue(), schemaNode) : null;
                    if (problem == null) {
                        return Set.of();
                    }
                    return Set.of(ValidationMessage.builder()
                            .type(name)
                            .code(name)
                            .instanceLocation(instanceLocation)
                            .evaluationPath(evaluationPath)
                            .schemaLocation(location)
                            .message(instanceLocation + ": " + problem)
                            .build());
                }

                @Override
                public SchemaLocation getSchemaLocation() {
                    return location;
                }

                @Override
                public JsonNodePath getEvaluationPath() {
                    return evaluationPath;
                }

                @Override
                public String getKeyword() {
                    return name;
                }
            };
        }
    }
}

package dev.liveengine.emulator.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body read as the API defines it: one JSON object in UTF-8 (60003 otherwise).
 *
 * <p>Two decisions beyond a plain parse. The text must be UTF-8: Jackson would also detect UTF-16
 * and UTF-32 and read them, which the service, whose bodies are UTF-8 JSON, does not promise. And a
 * number written with an exponent or a zero fraction ({@code 1E2}, {@code 100.0}) that is a whole
 * number is read as that integer, as JSON Schema counts it one, so that it passes where an integer is
 * expected; a number with a real fraction stays one and is refused there by the schema.
 */
final class JsonBody {

    private JsonBody() {
    }

    static JsonNode read(byte[] body, ObjectMapper json) {
        if (body.length == 0) {
            throw new ServiceException(ErrorCodes.REQUEST_BODY_NOT_JSON, "the request body is empty; send {} when a command takes no input");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ServiceException(ErrorCodes.REQUEST_BODY_NOT_JSON, "the request body is not UTF-8 text");
        }
        JsonNode tree;
        try {
            // decimals read exactly: a number beyond a double's range (1E+400) would otherwise become
            // Infinity, which the schema validator's enum check cannot convert and fails on
            tree = json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
        } catch (IOException e) {
            throw new ServiceException(ErrorCodes.REQUEST_BODY_NOT_JSON, "the request body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new ServiceException(ErrorCodes.REQUEST_BODY_NOT_JSON, "the request body must be a JSON object");
        }
        return wholeNumbersAsIntegers(tree);
    }

    private static JsonNode wholeNumbersAsIntegers(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.properties().forEach(field -> field.setValue(wholeNumbersAsIntegers(field.getValue())));
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, wholeNumbersAsIntegers(array.get(i)));
            }
            return array;
        }
        if (node.isBigDecimal()) {
            BigDecimal whole = node.decimalValue().stripTrailingZeros();
            // a whole number of at most 40 digits; 1E+1000000 is no integer anyone meant, and stays a decimal
            if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 40) {
                BigInteger integer = whole.toBigIntegerExact();
                return integer.bitLength() < Long.SIZE ? JsonNodeFactory.instance.numberNode(integer.longValue())
                        : JsonNodeFactory.instance.numberNode(integer);
            }
        }
        return node;
    }
}

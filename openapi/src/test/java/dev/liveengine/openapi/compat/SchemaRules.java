package dev.liveengine.openapi.compat;

import static dev.liveengine.openapi.compat.Direction.REQUEST;
import static dev.liveengine.openapi.compat.Direction.RESPONSE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a schema of the baseline with its counterpart in the candidate, and everything below it,
 * in the direction the data flows. Keys name the baseline's side: a component by its name
 * ({@code RoomId}), a property by its slot ({@code GiftCount.TotalCount}), array items with
 * {@code []}.
 *
 * <p>Requests (the client writes them): {@code request-field-required}, {@code request-field-removed}
 * (from a schema that rejects unknown properties), {@code request-field-retyped},
 * {@code constraint-tightened}, {@code enum-value-removed}.
 *
 * <p>Responses (the client reads them): {@code response-field-removed},
 * {@code response-field-optional}, {@code response-field-retyped}, {@code response-constraint-loosened},
 * {@code response-enum-value-added}, {@code enum-value-removed}.
 */
final class SchemaRules {

    /** Request formats that may widen without breaking a client that sends the narrower one. */
    private static final Set<String> WIDENINGS = Set.of("int32>int64", "float>double");

    private final SpecTree baseline;
    private final SpecTree candidate;
    private final Findings findings;
    private final Set<String> compared = new HashSet<>();

    SchemaRules(SpecTree baseline, SpecTree candidate, Findings findings) {
        this.baseline = baseline;
        this.candidate = candidate;
        this.findings = findings;
    }

    /**
     * Compares two schemas that sit in the same slot.
     *
     * @param slot what to call the slot when the baseline's schema is inline
     */
    void compare(JsonNode was, JsonNode is, String slot, Direction direction) {
        SchemaShape before = SchemaShape.of(baseline, was, slot);
        SchemaShape after = SchemaShape.of(candidate, is, slot);
        if (!compared.add(direction + "|" + before.label() + "|" + after.label())) {
            return;
        }
        compareType(before, after, direction);
        compareEnum(before, after, direction);
        if (direction == REQUEST) {
            compareRequestObject(before, after);
            Constraints.tightened(before.keywords(), after.keywords(), true).forEach(t -> findings.add(
                    "constraint-tightened:" + before.label() + " " + t.keyword(),
                    before.label() + ": " + t.keyword() + " went from " + t.before() + " to " + t.after()
                            + ", so requests that were valid may now be rejected"));
        } else {
            compareResponseObject(before, after);
            Constraints.tightened(after.keywords(), before.keywords(), false).forEach(t -> findings.add(
                    "response-constraint-loosened:" + before.label() + " " + t.keyword(),
                    before.label() + ": " + t.keyword() + " went from " + t.after() + " to " + t.before()
                            + ", so responses may now hold values clients were promised never to get"));
        }
        before.properties().forEach((name, property) -> {
            SchemaShape.Property counterpart = after.properties().get(name);
            if (counterpart != null) {
                compare(property.schema(), counterpart.schema(), property.slot(), direction);
            }
        });
        if (before.items() != null && after.items() != null) {
            compare(before.items(), after.items(), before.label() + "[]", direction);
        }
    }

    private void compareType(SchemaShape before, SchemaShape after, Direction direction) {
        String oldType = before.text("type");
        String newType = after.text("type");
        String oldFormat = before.text("format");
        String newFormat = after.text("format");
        boolean typeBreaks = !Objects.equals(oldType, newType)
                && (direction == REQUEST ? newType != null : oldType != null);
        boolean formatBreaks = !Objects.equals(oldFormat, newFormat) && (direction == REQUEST
                ? newFormat != null && !WIDENINGS.contains(oldFormat + ">" + newFormat)
                : oldFormat != null);
        if (typeBreaks || formatBreaks) {
            String side = direction == REQUEST ? "request" : "response";
            findings.add(side + "-field-retyped:" + before.label(), before.label() + " was "
                    + typeName(oldType, oldFormat) + " and is now " + typeName(newType, newFormat));
        }
    }

    private static String typeName(String type, String format) {
        String name = type == null ? "untyped" : type;
        return format == null ? name : name + " (" + format + ")";
    }

    private void compareEnum(SchemaShape before, SchemaShape after, Direction direction) {
        Set<String> oldValues = enumValues(before);
        Set<String> newValues = enumValues(after);
        if (oldValues == null) {
            return;
        }
        if (newValues == null) {
            if (direction == RESPONSE) {
                findings.add("response-constraint-loosened:" + before.label() + " enum", before.label()
                        + " is no longer limited to " + oldValues + ", so clients may get values they do not know");
            }
            return;
        }
        for (String value : oldValues) {
            if (!newValues.contains(value)) {
                findings.add("enum-value-removed:" + before.label() + " " + value, before.label()
                        + " no longer has the value " + value + "; code that sends or matches it breaks");
            }
        }
        if (direction == RESPONSE) {
            for (String value : newValues) {
                if (!oldValues.contains(value)) {
                    findings.add("response-enum-value-added:" + before.label() + " " + value, before.label()
                            + " may now be " + value + " in a response; clients that map it to a fixed set of"
                            + " values fail on it");
                }
            }
        }
    }

    private static Set<String> enumValues(SchemaShape shape) {
        JsonNode values = shape.keywords().get("enum");
        if (values == null || !values.isArray()) {
            return null;
        }
        Set<String> texts = new LinkedHashSet<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private void compareRequestObject(SchemaShape before, SchemaShape after) {
        for (String name : after.required()) {
            if (!before.required().contains(name)) {
                boolean existed = before.properties().containsKey(name);
                findings.add("request-field-required:" + before.slotOf(name), before.slotOf(name)
                        + (existed ? " was optional and is now required" : " is new and required")
                        + ", so requests without it are rejected");
            }
        }
        if (after.closed()) {
            before.properties().keySet().stream()
                    .filter(name -> !after.properties().containsKey(name))
                    .forEach(name -> findings.add("request-field-removed:" + before.slotOf(name),
                            before.slotOf(name) + " was removed from a schema that rejects unknown properties,"
                                    + " so requests that still send it are rejected"));
        }
    }

    private void compareResponseObject(SchemaShape before, SchemaShape after) {
        before.properties().keySet().forEach(name -> {
            if (!after.properties().containsKey(name)) {
                findings.add("response-field-removed:" + before.slotOf(name),
                        before.slotOf(name) + " is no longer in the response");
            } else if (before.required().contains(name) && !after.required().contains(name)) {
                findings.add("response-field-optional:" + before.slotOf(name), before.slotOf(name)
                        + " is no longer required, so clients that rely on it being present break");
            }
        });
    }
}

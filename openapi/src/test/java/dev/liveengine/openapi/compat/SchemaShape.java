package dev.liveengine.openapi.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A schema with its {@code $ref} followed and its {@code allOf} members merged into one view: the
 * properties it declares, which of them are required, and its other keywords ({@code type},
 * {@code maxLength}, {@code enum}, ...). Where members disagree on a keyword the outer schema wins,
 * then the first member that has it. {@code oneOf}/{@code anyOf} are not merged.
 *
 * @param label      where the schema is defined: a component's name when it was reached through a
 *                   {@code $ref}, otherwise the slot it sits in ({@code SendGiftRequest.Count})
 * @param keywords   every keyword other than {@code properties}, {@code required}, {@code allOf}, {@code items}
 * @param properties property name to its (unresolved) schema and the label of the slot it sits in
 * @param required   names listed in {@code required}
 * @param items      the array's item schema, unresolved, or null
 */
record SchemaShape(String label, ObjectNode keywords, Map<String, Property> properties, Set<String> required,
                   JsonNode items) {

    private static final Set<String> STRUCTURE = Set.of("properties", "required", "allOf", "items", "$ref");

    static SchemaShape of(SpecTree spec, JsonNode schema, String slot) {
        String name = SpecTree.refName(schema);
        String label = name != null ? name : slot;
        JsonNode node = spec.resolve(schema);
        SchemaShape shape = new SchemaShape(label, JsonNodeFactory.instance.objectNode(), new LinkedHashMap<>(),
                new LinkedHashSet<>(), node.get("items"));
        SpecTree.forEachField(node, (keyword, value) -> {
            if (!STRUCTURE.contains(keyword)) {
                shape.keywords.set(keyword, value);
            }
        });
        SpecTree.forEachField(node.path("properties"), (property, value) ->
                shape.properties.put(property, new Property(value, label + "." + property)));
        node.path("required").forEach(property -> shape.required.add(property.asText()));
        SchemaShape merged = shape;
        for (JsonNode member : node.path("allOf")) {
            merged = merged.absorb(of(spec, member, label));
        }
        return merged;
    }

    private SchemaShape absorb(SchemaShape member) {
        member.properties.forEach(properties::putIfAbsent);
        required.addAll(member.required);
        SpecTree.forEachField(member.keywords, (keyword, value) -> {
            if (!keywords.has(keyword)) {
                keywords.set(keyword, value);
            }
        });
        return items != null || member.items == null ? this
                : new SchemaShape(label, keywords, properties, required, member.items);
    }

    /** A keyword's value as text, or null when it is absent. */
    String text(String keyword) {
        JsonNode value = keywords.get(keyword);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** True when the schema forbids properties it does not declare. */
    boolean closed() {
        JsonNode additional = keywords.get("additionalProperties");
        return additional != null && additional.isBoolean() && !additional.booleanValue();
    }

    /** The label of a property's slot, whether or not this schema declares it. */
    String slotOf(String property) {
        Property declared = properties.get(property);
        return declared != null ? declared.slot() : label + "." + property;
    }

    /** A declared property: its schema as written, and the label of the slot it sits in. */
    record Property(JsonNode schema, String slot) {
    }
}

package nl.bijeen.connectors.html;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading JSON-LD values as sites publish them: a property may hold a string, a number, an object with
 * {@code @value}, or an array of any of these.
 */
final class JsonLdValues {

    private JsonLdValues() {
    }

    /** The property's first textual value, stripped, or null when absent or blank. */
    static String text(JsonNode node, String property) {
        return node == null ? null : text(node.get(property));
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                String t = text(element);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (value.isObject()) {
            return text(value.get("@value"));
        }
        String t = value.asText().strip();
        return t.isEmpty() ? null : t;
    }

    /** The property's values as a list: the elements of an array, or the single value. */
    static List<JsonNode> all(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        List<JsonNode> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    /** The first value of the property, or null. */
    static JsonNode first(JsonNode node, String property) {
        List<JsonNode> values = all(node, property);
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The node's {@code @type}s as local names: "https://schema.org/MusicEvent" and "schema:MusicEvent" are "MusicEvent". */
    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        for (JsonNode type : all(node, "@type")) {
            if (type.isTextual()) {
                String t = type.asText().strip();
                types.add(t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
            }
        }
        return types;
    }

    /** A number that may be published as a JSON number or a string ("52.2030", "52,2030"); null when it is neither. */
    static Double number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            return Double.valueOf(t.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

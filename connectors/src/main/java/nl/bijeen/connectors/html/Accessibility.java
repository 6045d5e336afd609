package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.first;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Wheelchair access as schema.org lets a page state it: an accessibilityFeature text on the Event or its Place
 * ("wheelchairAccessible", "rolstoeltoegankelijk"), or an amenityFeature LocationFeatureSpecification named so,
 * whose value false says the place is not accessible. Null when the page does not say.
 */
final class Accessibility {

    private Accessibility() {
    }

    static Boolean wheelchair(JsonNode event) {
        Boolean stated = stated(event);
        JsonNode location = first(event, "location");
        return stated != null ? stated : location == null || !location.isObject() ? null : stated(location);
    }

    private static Boolean stated(JsonNode node) {
        for (JsonNode feature : all(node, "accessibilityFeature")) {
            if (isWheelchair(feature.isObject() ? text(feature, "name") : text(feature))) {
                return true;
            }
        }
        for (JsonNode amenity : all(node, "amenityFeature")) {
            if (amenity.isObject() && isWheelchair(text(amenity, "name"))) {
                String value = text(amenity, "value");
                return value == null || !(value.equalsIgnoreCase("false") || value.equalsIgnoreCase("nee"));
            }
        }
        return null;
    }

    private static boolean isWheelchair(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("wheelchair") || n.contains("rolstoel");
    }
}

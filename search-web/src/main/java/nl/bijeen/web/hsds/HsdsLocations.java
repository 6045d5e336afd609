package nl.bijeen.web.hsds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.connectors.model.Place;

/**
 * A Bijeen place as an HSDS location with its postal address. Dutch address lines ("Zeeweg 1, 2221 AA Katwijk") are
 * split into street, postcode and town. HSDS requires a state or province, which Dutch addresses do not carry: the
 * configured province of the area is written ({@link HsdsProperties}). A place without a recognisable address keeps
 * only its name and coordinates.
 */
final class HsdsLocations {

    private static final Pattern POSTCODE_AND_TOWN =
            Pattern.compile("^(.*?)[,\\s]+(\\d{4}\\s?[A-Za-z]{2})\\b[,\\s]*(\\p{L}[\\p{L} .'-]*)?$");

    private HsdsLocations() {
    }

    /** The location, with {@code key} making its ids unique ("organization/12", "service/40"). */
    static ObjectNode of(Place place, String key, String organizationId, String province) {
        String id = HsdsIds.of("location", key);
        ObjectNode location = JsonNodeFactory.instance.objectNode().put("id", id).put("location_type", "physical");
        if (organizationId != null) {
            location.put("organization_id", organizationId);
        }
        putIfKnown(location, "name", place.name());
        if (place.hasCoordinates()) {
            location.put("latitude", place.latitude()).put("longitude", place.longitude());
        }
        ObjectNode address = address(place.address(), id, province);
        if (address != null) {
            location.putArray("addresss").add(address); // sic: HSDS 3.0 names the array "addresss"
        }
        return location;
    }

    /** The address, or null when the line has no Dutch postcode to split it on. */
    static ObjectNode address(String line, String locationId, String province) {
        if (line == null) {
            return null;
        }
        Matcher parts = POSTCODE_AND_TOWN.matcher(line.replaceAll("\\s+", " ").strip());
        if (!parts.matches() || parts.group(1).isBlank()) {
            return null;
        }
        String postcode = parts.group(2).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return JsonNodeFactory.instance.objectNode()
                .put("id", HsdsIds.of("address", locationId))
                .put("location_id", locationId)
                .put("address_1", parts.group(1).strip())
                .put("city", parts.group(3) == null ? "" : parts.group(3).strip())
                .put("state_province", province)
                .put("postal_code", postcode.substring(0, 4) + " " + postcode.substring(4))
                .put("country", "NL")
                .put("address_type", "physical");
    }

    static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}

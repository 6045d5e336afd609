package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.first;
import static nl.bijeen.connectors.html.JsonLdValues.number;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.PlaceLine;

/** schema.org location (Place, PostalAddress, VirtualLocation or text) and organizer (Organization, Person or text). */
final class PlaceAndOrganiser {

    private PlaceAndOrganiser() {
    }

    private static final Place ONLINE = new Place("Online", null, null, null);

    /**
     * The physical place when one is published (a hybrid event lists a Place and a VirtualLocation), else "Online"
     * for a virtual location, an online attendance mode or an event moved online.
     */
    static Place place(JsonNode event) {
        if (String.valueOf(text(event, "eventStatus")).endsWith("EventMovedOnline")) {
            return ONLINE;
        }
        JsonNode location = JsonLdValues.all(event, "location").stream()
                .filter(l -> !JsonLdValues.types(l).contains("VirtualLocation")).findFirst()
                .orElse(first(event, "location"));
        if (location == null) {
            return String.valueOf(text(event, "eventAttendanceMode")).endsWith("OnlineEventAttendanceMode") ? ONLINE : null;
        }
        if (location.isTextual()) {
            return PlaceLine.parse(HtmlSanitizer.singleLine(location.asText()), null, null);
        }
        if (JsonLdValues.types(location).contains("VirtualLocation")) {
            return ONLINE;
        }
        JsonNode geo = first(location, "geo");
        Double latitude = number(geo == null ? null : geo.get("latitude"));
        Double longitude = number(geo == null ? null : geo.get("longitude"));
        if (latitude == null || longitude == null) {
            latitude = longitude = null;
        }
        String name = label(text(location, "name"));
        String address = JsonLdValues.types(location).contains("PostalAddress") ? address(location)
                : address(first(location, "address"));
        if (name == null && address == null && latitude == null) {
            return null;
        }
        return new Place(name, address, latitude, longitude);
    }

    /** A PostalAddress as one line ("Voorstraat 12, 2225 ER Katwijk"), or an address published as text. */
    static String address(JsonNode address) {
        if (address == null) {
            return null;
        }
        if (address.isTextual()) {
            return label(address.asText());
        }
        String postcodeAndTown = String.join(" ", nonBlank(text(address, "postalCode"), text(address, "addressLocality")));
        List<String> parts = nonBlank(text(address, "streetAddress"), postcodeAndTown);
        return parts.isEmpty() ? null : label(String.join(", ", parts));
    }

    /** The event's organizer with everything it says about itself ({@link OrganisationNodes}). */
    static Organiser organiser(JsonNode event, URI page) {
        return OrganisationNodes.of(first(event, "organizer"), page);
    }

    private static String label(String value) {
        if (value == null) {
            return null;
        }
        String line = HtmlSanitizer.singleLine(value);
        return line.isEmpty() ? null : line;
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return kept.stream().filter(Objects::nonNull).toList();
    }
}

package nl.bijeen.web.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.json.JsonMapper;

/**
 * The schema.org Event of an activity page, as JSON-LD for search engines and agenda sites. The JSON goes into a
 * script element unescaped by the template, so every character that could end the element or start a comment
 * ({@code </script>}, {@code <!--}) is written as a JSON unicode escape: the data cannot break out, whatever a
 * source put in a title.
 */
final class EventJsonLd {

    private EventJsonLd() {
    }

    static String of(ActivityDetail a, String pageUrl, JsonMapper json) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("@id", pageUrl);
        event.put("url", pageUrl);
        event.put("name", a.title());
        if (!a.description().isEmpty()) {
            event.put("description", a.description());
        }
        ActivityDetail.DateLine next = a.next();
        if (next != null) {
            event.put("startDate", next.start().toString());
            if (next.end() != null) {
                event.put("endDate", next.end().toString());
            }
        }
        event.put("eventStatus", a.cancelled() || next != null && next.cancelled()
                ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        if (a.placeName() != null || a.placeAddress() != null) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", a.placeName() != null ? a.placeName() : a.placeAddress());
            if (a.placeAddress() != null) {
                place.put("address", a.placeAddress());
            }
            if (a.onMap()) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", a.latitude(),
                        "longitude", a.longitude()));
            }
            event.put("location", place);
        }
        if (a.organiser() != null) {
            Map<String, Object> organiser = new LinkedHashMap<>();
            organiser.put("@type", "Organization");
            organiser.put("name", a.organiser());
            if (a.organiserUrl() != null) {
                organiser.put("url", a.organiserUrl());
            }
            event.put("organizer", organiser);
        }
        if (a.ownPicture()) {
            event.put("image", a.picture());
        }
        if (a.cost() != null && a.cost().strip().equalsIgnoreCase("gratis")) {
            event.put("isAccessibleForFree", true);
        }
        try {
            return scriptSafe(new String(json.writeValueAsBytes(event), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid JSON either way; these escapes only change how the characters are written. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

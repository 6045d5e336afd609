package nl.bijeen.web.organisation.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.json.JsonMapper;

/**
 * The schema.org Organization of an organisation page, as JSON-LD for search engines and other social maps. It goes
 * into a script element unescaped, so every character that could end the element is written as a JSON unicode
 * escape (as for the activity pages' Event): a name from a source cannot break out.
 */
final class OrganisationJsonLd {

    private OrganisationJsonLd() {
    }

    static String of(OrganisationDetail detail, String pageUrl, JsonMapper json) {
        OrganisationView o = detail.summary();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@context", "https://schema.org");
        org.put("@type", "Organization");
        org.put("@id", pageUrl);
        org.put("name", o.name());
        if (!detail.otherNames().isEmpty()) {
            org.put("alternateName", detail.otherNames());
        }
        if (!detail.description().isEmpty()) {
            org.put("description", detail.description());
        }
        putIfPresent(org, "url", o.website());
        putIfPresent(org, "telephone", o.phone());
        putIfPresent(org, "email", o.email());
        putIfPresent(org, "logo", detail.logo());
        if (o.address() != null || o.onMap()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            putIfPresent(place, "name", detail.placeName());
            putIfPresent(place, "address", o.address());
            if (o.onMap()) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", o.latitude(),
                        "longitude", o.longitude()));
            }
            org.put("location", place);
        }
        if (!o.wijken().isEmpty()) {
            org.put("areaServed", o.wijken());
        }
        if (!detail.audiences().isEmpty()) {
            org.put("audience", List.of(Map.of("@type", "Audience", "audienceType",
                    String.join(", ", detail.audiences()))));
        }
        try {
            return scriptSafe(new String(json.writeValueAsBytes(org), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** Valid JSON either way; these escapes only change how the characters are written. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

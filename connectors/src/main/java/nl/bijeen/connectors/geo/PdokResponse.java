package nl.bijeen.connectors.geo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The best document of a Locatieserver answer:
 * {@code {"response":{"numFound":1,"docs":[{"weergavenaam":"…","type":"adres","centroide_ll":"POINT(4.39 52.20)",
 * "score":…}]}}}. The centroid is WKT, longitude first.
 */
final class PdokResponse {

    /** The first document: its display name and position. */
    record Doc(String weergavenaam, String type, double latitude, double longitude) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POINT = Pattern.compile(
            "^\\s*POINT\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE);

    private PdokResponse() {
    }

    /**
     * The first document, or empty when there are none.
     *
     * @throws IllegalArgumentException when the body is not a Locatieserver answer, in plain words
     */
    static Optional<Doc> firstDoc(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the answer is not JSON");
        }
        JsonNode docs = root == null ? null : root.path("response").path("docs");
        if (docs == null || !docs.isArray()) {
            throw new IllegalArgumentException("the answer has no response.docs list");
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        JsonNode doc = docs.get(0);
        String centroid = doc.path("centroide_ll").asText("");
        Matcher m = POINT.matcher(centroid);
        if (!m.matches()) {
            throw new IllegalArgumentException("the first document has no centroide_ll POINT(lon lat) but \""
                    + centroid + "\"");
        }
        return Optional.of(new Doc(doc.path("weergavenaam").asText(""), doc.path("type").asText(""),
                Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))));
    }
}

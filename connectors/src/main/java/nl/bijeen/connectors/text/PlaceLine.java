package nl.bijeen.connectors.text;

import java.util.regex.Pattern;

import nl.bijeen.connectors.model.Place;

/**
 * Reads a one-line location as publishers write it, e.g. "Buurthuis De Kern, Voorstraat 12, 2225 ER Katwijk":
 * the first part is the place's name and the rest its address. A line that starts with a street and number
 * ("Voorstraat 12, Katwijk") or a postcode is all address.
 */
public final class PlaceLine {

    /** "Voorstraat 12", "Lange Kerkstraat 3a", "Zeeweg 101-103": words followed by a house number. */
    private static final Pattern STREET_AND_NUMBER = Pattern.compile(
            "^\\p{L}[\\p{L} .'-]*\\s\\d+\\s?[a-zA-Z]?([-/]\\d+)?$");
    private static final Pattern POSTCODE = Pattern.compile("\\b\\d{4}\\s?[A-Z]{2}\\b");

    private PlaceLine() {
    }

    /** The place described by {@code line}, with the given coordinates (either may be null); null for a blank line. */
    public static Place parse(String line, Double latitude, Double longitude) {
        if (line == null || line.isBlank()) {
            return latitude == null || longitude == null ? null : new Place(null, null, latitude, longitude);
        }
        String normalised = line.replaceAll("\\s+", " ").strip();
        int comma = normalised.indexOf(',');
        String first = comma < 0 ? normalised : normalised.substring(0, comma).strip();
        String rest = comma < 0 ? "" : normalised.substring(comma + 1).strip();
        if (isAddressPart(first)) {
            return new Place(null, normalised, latitude, longitude);
        }
        return new Place(first, rest.isEmpty() ? null : rest, latitude, longitude);
    }

    private static boolean isAddressPart(String part) {
        return STREET_AND_NUMBER.matcher(part).matches() || POSTCODE.matcher(part).find();
    }
}

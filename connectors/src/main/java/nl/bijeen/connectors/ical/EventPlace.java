package nl.bijeen.connectors.ical;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.text.PlaceLine;

/**
 * Where a VEVENT takes place: LOCATION in the shapes producers write it, with GEO or, failing that, the "geo:" URI
 * of Apple's X-APPLE-STRUCTURED-LOCATION.
 */
final class EventPlace {

    /** Meetup writes "Venue (Street 1, Town, NL)". */
    private static final Pattern NAME_WITH_ADDRESS_IN_BRACKETS = Pattern.compile("^([^(]+?)\\s*\\(([^()]*\\d[^()]*)\\)$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    private EventPlace() {
    }

    static Place of(RawComponent event) {
        Optional<double[]> point = event.text("GEO").flatMap(EventPlace::coordinates)
                .or(() -> event.text("X-APPLE-STRUCTURED-LOCATION").filter(v -> v.regionMatches(true, 0, "geo:", 0, 4))
                        .flatMap(v -> coordinates(v.substring(4))));
        String location = event.text("LOCATION").filter(l -> !isWebAddress(l)).map(EventPlace::oneLine).orElse(null);
        return PlaceLine.parse(location, point.map(p -> p[0]).orElse(null), point.map(p -> p[1]).orElse(null));
    }

    /** A LOCATION that is only a link (Zoom, Teams, Jitsi) is no place; it serves as the activity's link instead. */
    static boolean isWebAddress(String location) {
        return WEB_ADDRESS.matcher(location.strip()).matches();
    }

    /** Apple puts name, street and town on separate lines; Meetup puts the address in brackets. */
    private static String oneLine(String location) {
        String line = location.replaceAll("\\s*\\n\\s*", ", ").strip();
        Matcher bracketed = NAME_WITH_ADDRESS_IN_BRACKETS.matcher(line);
        return bracketed.matches() ? bracketed.group(1) + ", " + bracketed.group(2) : line;
    }

    /** "52.1;4.4" (GEO) or "52.1,4.4" (a geo: URI) as latitude and longitude, if both are numbers in range. */
    private static Optional<double[]> coordinates(String value) {
        String[] parts = value.split("[;,]");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
                    ? Optional.of(new double[] {latitude, longitude}) : Optional.empty();
        } catch (NumberFormatException notCoordinates) {
            return Optional.empty();
        }
    }
}

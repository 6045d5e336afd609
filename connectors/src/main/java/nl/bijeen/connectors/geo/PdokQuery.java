package nl.bijeen.connectors.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One question to the Locatieserver's {@code free} endpoint, and whether its best answer really is the address
 * asked for: Solr matches loosely, so "Voorstraat 84" could come back as another Voorstraat in another town.
 *
 * @param q         the search text
 * @param type      the {@code fq=type:...} filter: adres, postcode or woonplaats
 * @param precision what a match stands for
 */
record PdokQuery(String q, String type, GeoPoint.Precision precision, AddressLine asked) {

    /** Address first, then the postcode's centre, then the town's: each only when the line has what it needs. */
    static List<PdokQuery> plan(AddressLine line) {
        List<PdokQuery> plan = new ArrayList<>();
        if (line.houseNumber() != null && (line.postcode() != null || line.town() != null)) {
            plan.add(new PdokQuery(line.text(), "adres", GeoPoint.Precision.ADDRESS, line));
        }
        if (line.postcode() != null) {
            plan.add(new PdokQuery(line.postcode(), "postcode", GeoPoint.Precision.POSTCODE, line));
        }
        if (line.town() != null) {
            plan.add(new PdokQuery(line.town(), "woonplaats", GeoPoint.Precision.TOWN, line));
        }
        return plan;
    }

    /** True when {@code weergavenaam} (e.g. "Voorstraat 84, 2225ER Katwijk") is the address that was asked for. */
    boolean accepts(String weergavenaam) {
        String shown = weergavenaam.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "adres" -> hasWord(shown, asked.houseNumber())
                    && (asked.postcode() != null ? compact(shown).contains(asked.postcode().toLowerCase(Locale.ROOT))
                    : hasWord(shown, asked.town().toLowerCase(Locale.ROOT)));
            case "postcode" -> compact(shown).contains(asked.postcode().toLowerCase(Locale.ROOT));
            default -> shown.startsWith(asked.town().toLowerCase(Locale.ROOT) + ",")
                    || shown.equals(asked.town().toLowerCase(Locale.ROOT));
        };
    }

    private static boolean hasWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\d])").matcher(text).find();
    }

    private static String compact(String text) {
        return text.replaceAll("(\\d{4}) ([a-z]{2})", "$1$2");
    }
}

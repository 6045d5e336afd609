package nl.bijeen.connectors.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Dutch address line a geocoder can check an answer against.
 *
 * @param text        the line, whitespace collapsed
 * @param houseNumber "84" for "Voorstraat 84a", or {@code null}
 * @param postcode    "2225ER" for "2225 er", or {@code null}
 * @param town        "Katwijk" (the words after the postcode, else the last part after a comma), or {@code null}
 */
record AddressLine(String text, String houseNumber, String postcode, String town) {

    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{4})\\s?([A-Za-z]{2})\\b");
    /** A house number follows a street name: "Voorstraat 84", "Lange Kerkstraat 3a", "Zeeweg 101-103". */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\p{L}[\\p{L}.'-]*\\s+(\\d{1,5})(?![\\d])");
    private static final Pattern TOWN_AFTER_POSTCODE = Pattern.compile("^\\s*(\\p{L}[\\p{L} .'-]*)");

    static AddressLine parse(String line) {
        String text = line.replaceAll("\\s+", " ").strip();
        Matcher postcode = POSTCODE.matcher(text);
        String code = null;
        String town = null;
        String withoutPostcode = text;
        if (postcode.find()) {
            code = postcode.group(1) + postcode.group(2).toUpperCase(Locale.ROOT);
            Matcher after = TOWN_AFTER_POSTCODE.matcher(text.substring(postcode.end()));
            town = after.find() ? after.group(1).strip() : null;
            withoutPostcode = text.substring(0, postcode.start()) + " " + text.substring(postcode.end());
        }
        if (town == null) {
            town = lastPartWithoutDigits(text);
        }
        Matcher number = HOUSE_NUMBER.matcher(withoutPostcode);
        return new AddressLine(text, number.find() ? number.group(1) : null, code, town);
    }

    private static String lastPartWithoutDigits(String text) {
        int comma = text.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String last = text.substring(comma + 1).strip();
        return last.isEmpty() || last.matches(".*\\d.*") ? null : last;
    }
}

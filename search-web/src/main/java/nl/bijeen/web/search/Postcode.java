package nl.bijeen.web.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dutch postcode, written the way PostNL prints it: "2225 ER", or only the four digits "2225". */
public final class Postcode {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{3})\\s*([A-Za-z]{2})?");
    /** A postcode inside an address line ("Voorstraat 84, 2225 ER Katwijk"). */
    static final Pattern IN_ADDRESS = Pattern.compile("\\b([1-9][0-9]{3})\\s?([A-Z]{2})\\b");

    private Postcode() {
    }

    /** "2225 ER", "2225er" and "2225ER" all give "2225 ER"; "2225" gives "2225"; anything else is empty. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT));
    }

    /** The four digits of a parsed postcode. */
    static String digits(String parsed) {
        return parsed.substring(0, 4);
    }
}

package nl.bijeen.connectors.text;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of the day written instead of clock times ("iedere dinsdagochtend", "za 14 maart 's middags"). Sites mean
 * roughly these hours, so that is what is shown: ochtend (morgen) 9.00-12.00, middag 13.00-17.00, avond 19.00-22.00.
 */
final class DayParts {

    static final String WORD = "(?:ochtend|morgen|middag|avond)";
    /** "'s middags", "in de middag", right after a date. */
    private static final Pattern AFTER = Pattern.compile(
            "[\\s,.]*(?:(?:['’`]\\s?s|des)\\s*(ochtend|morgen|middag|avond)s?|(?:in\\s+de\\s+)?(ochtend|middag|avond)(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "dinsdagochtend", "zaterdagmiddag". */
    private static final Pattern COMPOUND = Pattern.compile(Weekdays.FULL + "(" + WORD + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DayParts() {
    }

    /** {start, end} for a day-part word, or null. */
    static LocalTime[] hours(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
            case "ochtend", "morgen" -> new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)};
            case "middag" -> new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 0)};
            case "avond" -> new LocalTime[] {LocalTime.of(19, 0), LocalTime.of(22, 0)};
            default -> null;
        };
    }

    /** The day part written right after {@code from}, or null. */
    static LocalTime[] after(String text, int from) {
        Matcher m = AFTER.matcher(text).region(from, text.length());
        return m.lookingAt() ? hours(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The day part of a weekday compound inside {@code phrase} ("zaterdagmiddag"), or null. */
    static LocalTime[] inCompound(String phrase) {
        Matcher m = COMPOUND.matcher(phrase);
        return m.find() ? hours(m.group(1)) : null;
    }
}

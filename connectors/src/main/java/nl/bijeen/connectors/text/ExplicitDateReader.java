package nl.bijeen.connectors.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first explicit date in a text: a day with a Dutch month name ("zaterdag 14 maart 2026", "za 14 mrt",
 * "24 nov.") or a numeric day-month-year ("14-03-2026", "14/3/2026"), with the times that follow it
 * ("14.00-16.00 uur", "om 10:00", "14u", "10.00 – 12.00 uur", "van 14 tot 16 uur").
 */
final class ExplicitDateReader implements DatePhraseReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("febr", 2), Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6),
            Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final String WEEKDAY = "(?:(?<!\\p{L})(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            + "|ma|di|wo|do|vr|za|zo)\\.?,?\\s+)?";
    private static final Pattern NAMED = Pattern.compile(WEEKDAY
            + "(?<!\\d)(\\d{1,2})\\s+(" + String.join("|", MONTHS.keySet()) + ")(?!\\p{L})\\.?(?:\\s+(\\d{4})(?![\\d.:]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile(WEEKDAY
            + "(?<![\\d/-])(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final String CLOCK = "(\\d{1,2})(?:[.:](\\d{2}))?(\\s*u(?:ur)?(?!\\p{L}))?";
    private static final Pattern TIMES = Pattern.compile(
            "[\\s,|]*(?:(?:om|van|vanaf|aanvang|tijd)\\s*:?\\s*)?" + CLOCK
                    + "(?:\\s*(?:-|–|—|tot|t/m)\\s*" + CLOCK + ")?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<DateMention> read(String text, LocalDate reference) {
        Matcher named = NAMED.matcher(text);
        Matcher numeric = NUMERIC.matcher(text);
        boolean hasNamed = named.find();
        boolean hasNumeric = numeric.find();
        while (hasNamed || hasNumeric) {
            boolean useNamed = hasNamed && (!hasNumeric || named.start() <= numeric.start());
            Matcher m = useNamed ? named : numeric;
            LocalDate date = useNamed ? namedDate(m, reference) : numericDate(m);
            if (date != null) {
                return List.of(withTimes(date, text, m.end()));
            }
            if (useNamed) {
                hasNamed = named.find();
            } else {
                hasNumeric = numeric.find();
            }
        }
        return List.of();
    }

    private static LocalDate namedDate(Matcher m, LocalDate reference) {
        int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        try {
            int day = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month, day);
            }
            LocalDate thisYear = MonthDay.of(month, day).atYear(reference.getYear());
            return thisYear.isBefore(reference) ? MonthDay.of(month, day).atYear(reference.getYear() + 1) : thisYear;
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    private static LocalDate numericDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    /** The date with the times written right after it, if they read as clock times. */
    private static DateMention withTimes(LocalDate date, String text, int from) {
        Matcher t = TIMES.matcher(text);
        t.region(from, text.length());
        if (!t.lookingAt()) {
            return new DateMention(date, null, null);
        }
        boolean ranged = t.group(4) != null;
        boolean firstIsClock = t.group(2) != null || t.group(3) != null
                || (ranged && (t.group(5) != null || t.group(6) != null));
        LocalTime start = firstIsClock ? clock(t.group(1), t.group(2)) : null;
        if (start == null) {
            return new DateMention(date, null, null);
        }
        LocalTime end = ranged ? clock(t.group(4), t.group(5)) : null;
        return new DateMention(date, start, end);
    }

    private static LocalTime clock(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (h == 24 && min == 0) {
            return LocalTime.MAX.withNano(0).withSecond(0);
        }
        return h <= 23 && min <= 59 ? LocalTime.of(h, min) : null;
    }
}

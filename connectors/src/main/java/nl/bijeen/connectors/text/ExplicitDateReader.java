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
 * "24 nov.", also runs like "14 t/m 16 maart" and "28 maart – 2 april") or a numeric day-month-year ("14-03-2026",
 * "14/3/2026"), with the times that follow it ("14.00-16.00 uur", "om 10:00", "14u", "10.00 – 12.00 uur",
 * "van 14 tot 16 uur").
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
    private static final String UNTIL = "\\s*(?:t/m|tot en met|-|–|—)\\s*";
    private static final String MONTH_NAMES = "(" + String.join("|", MONTHS.keySet()) + ")(?!\\p{L})\\.?";
    /** "za 14 maart 2026", also "14 t/m 16 maart" (group 1 is then the first day). */
    private static final Pattern NAMED = Pattern.compile(WEEKDAY
            + "(?:(?<!\\d)(\\d{1,2})" + UNTIL + WEEKDAY + ")?"
            + "(?<![\\d.:])(\\d{1,2})\\s+" + MONTH_NAMES + "(?:\\s+(\\d{4})(?![\\d.:]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The end of a run across months, right after a named date: " t/m 2 april 2026". */
    private static final Pattern UNTIL_NAMED = Pattern.compile(UNTIL + WEEKDAY
            + "(\\d{1,2})\\s+" + MONTH_NAMES + "(?:\\s+(\\d{4})(?![\\d.:]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make the date after them a deadline ("aanmelden vóór 10 maart"), not the activity's date. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?:vóór|uiterlijk|deadline|(?:aanmelden|opgeven|inschrijven)\\s+(?:kan\\s+)?(?:voor|tot|t/m))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Longer runs are exhibitions and seasons: one occurrence spanning the days, not one per day. */
    private static final int MAX_DAILY_RUN = 31;
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
            List<DateMention> found = isDeadline(text, m.start()) ? List.of()
                    : useNamed ? namedRun(m, text, reference) : numericDate(m, text);
            if (!found.isEmpty()) {
                return found;
            }
            if (useNamed) {
                hasNamed = named.find();
            } else {
                hasNumeric = numeric.find();
            }
        }
        return List.of();
    }

    private static boolean isDeadline(String text, int dateStart) {
        return DEADLINE_BEFORE.matcher(text.substring(Math.max(0, dateStart - 40), dateStart)).find();
    }

    /** "14 maart", "14 t/m 16 maart" or "28 maart t/m 2 april", with the times that follow. */
    private static List<DateMention> namedRun(Matcher m, String text, LocalDate reference) {
        LocalDate last = namedDate(m.group(2), m.group(3), m.group(4), reference);
        if (last == null) {
            return List.of();
        }
        LocalDate first = last;
        int end = m.end();
        if (m.group(1) != null) {
            LocalDate sameMonth = namedDate(m.group(1), m.group(3), String.valueOf(last.getYear()), reference);
            first = sameMonth != null && sameMonth.isBefore(last) ? sameMonth : last;
        } else {
            Matcher until = UNTIL_NAMED.matcher(text).region(m.end(), text.length());
            LocalDate untilDate = until.lookingAt() ? namedDate(until.group(1), until.group(2), until.group(3), first) : null;
            if (untilDate != null && untilDate.isAfter(first)) {
                last = untilDate;
                end = until.end();
            }
        }
        return withTimes(first, last, text, end);
    }

    /** The named date; without a year, the next such day on or after {@code reference}; null when impossible. */
    private static LocalDate namedDate(String day, String monthName, String year, LocalDate reference) {
        int month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            }
            MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
            LocalDate thisYear = monthDay.atYear(reference.getYear());
            return thisYear.isBefore(reference) ? monthDay.atYear(reference.getYear() + 1) : thisYear;
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    private static List<DateMention> numericDate(Matcher m, String text) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            return withTimes(date, date, text, m.end());
        } catch (DateTimeException impossibleDay) {
            return List.of();
        }
    }

    /**
     * The run of days with the times written right after it: one mention per day when a short run has times
     * ("14 t/m 16 maart, 10.00-17.00 uur" is open three days), else one mention for the whole run.
     */
    private static List<DateMention> withTimes(LocalDate first, LocalDate last, String text, int from) {
        LocalTime[] times = times(text, from);
        if (times[0] == null || first.equals(last) || first.plusDays(MAX_DAILY_RUN).isBefore(last)) {
            return List.of(new DateMention(first, last, times[0], times[1]));
        }
        return first.datesUntil(last.plusDays(1)).map(day -> new DateMention(day, times[0], times[1])).toList();
    }

    /** {start, end} written right after position {@code from}, when they read as clock times; else nulls. */
    private static LocalTime[] times(String text, int from) {
        Matcher t = TIMES.matcher(text);
        t.region(from, text.length());
        if (!t.lookingAt()) {
            return new LocalTime[] {null, null};
        }
        boolean ranged = t.group(4) != null;
        boolean firstIsClock = t.group(2) != null || t.group(3) != null
                || (ranged && (t.group(5) != null || t.group(6) != null));
        LocalTime start = firstIsClock ? clock(t.group(1), t.group(2)) : null;
        LocalTime end = start != null && ranged ? clock(t.group(4), t.group(5)) : null;
        return new LocalTime[] {start, end};
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

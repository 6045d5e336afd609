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

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("febr", 2), Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6),
            Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    static final String WEEKDAY = "(?:(?<!\\p{L})" + Weekdays.ANY + "(?:" + DayParts.WORD + ")?\\.?,?\\s+)?";
    private static final String UNTIL = "\\s*(?:t/m|tot en met|tot|-|–|—)\\s*";
    static final String MONTH_NAMES = "(" + String.join("|", MONTHS.keySet()) + ")(?!\\p{L})\\.?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "za 14 maart 2026", also "14 t/m 16 maart" (group 1 is then the first day). */
    private static final Pattern NAMED = Pattern.compile(WEEKDAY
            + "(?:(?<!\\d)(\\d{1,2})" + UNTIL + WEEKDAY + ")?"
            + "(?<!\\d)(?<!\\d[.:])(\\d{1,2})\\s*" + MONTH_NAMES + "(?:\\s+(\\d{4})(?![\\d.:]))?", FLAGS);
    /** The end of a run across months, right after a named date: " t/m 2 april 2026". */
    private static final Pattern UNTIL_NAMED = Pattern.compile(UNTIL + WEEKDAY
            + "(\\d{1,2})\\s*" + MONTH_NAMES + "(?:\\s+(\\d{4})(?![\\d.:]))?", FLAGS);
    /** Longer runs are exhibitions and seasons: one occurrence spanning the days, not one per day. */
    private static final int MAX_DAILY_RUN = 31;
    private static final int TIME_REACH = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})|\\n");
    /** "14-03-2026", "14/3/2026", "14-3-26". */
    private static final Pattern NUMERIC = Pattern.compile(WEEKDAY
            + "(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]\\d)", FLAGS);
    /** "14/3" without a year: only with a slash, a dash would be a score or a range. */
    private static final Pattern SHORT = Pattern.compile(WEEKDAY
            + "(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})(?![\\d/])", FLAGS);
    /** "13-3 om 20.00 uur": a dash is a date only when a clock time follows. */
    private static final Pattern SHORT_DASH = Pattern.compile(WEEKDAY + "(?<![\\d/.-])(\\d{1,2})-(\\d{1,2})(?![\\d/-])"
            + "(?=\\s*,?\\s*(?:om|van|vanaf)?\\s*\\d{1,2}[.:]\\d{2})", FLAGS);
    /** "Dorpsstraat 14/3" is a house number. */
    private static final Pattern STREET_BEFORE = Pattern.compile(
            "(?:straat|weg|laan|plein|kade|singel|hof|dijk|pad|gracht|steeg|markt)\\s*$", FLAGS);

    @Override
    public List<DateMention> read(String text, LocalDate reference) {
        List<Matcher> matchers = List.of(NAMED.matcher(text), NUMERIC.matcher(text), SHORT.matcher(text),
                SHORT_DASH.matcher(text));
        boolean[] has = new boolean[matchers.size()];
        for (int i = 0; i < has.length; i++) {
            has[i] = matchers.get(i).find();
        }
        int next;
        while ((next = earliest(matchers, has)) >= 0) {
            Matcher m = matchers.get(next);
            List<DateMention> found = NotActivityDates.at(text, m.start()) ? List.of() : switch (next) {
                case 0 -> namedRun(m, text, reference);
                case 1 -> numericDate(m, text);
                default -> shortDate(m, text, reference);
            };
            if (!found.isEmpty()) {
                return found;
            }
            has[next] = m.find();
        }
        return List.of();
    }

    /** The matcher whose match starts first (named dates win a tie), or -1 when none has one left. */
    private static int earliest(List<Matcher> matchers, boolean[] has) {
        int best = -1;
        for (int i = 0; i < has.length; i++) {
            if (has[i] && (best < 0 || matchers.get(i).start() < matchers.get(best).start())) {
                best = i;
            }
        }
        return best;
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
            DateMention timedSpan = timedSpan(first, text, m.end());
            if (timedSpan != null) {
                return List.of(timedSpan);
            }
            Matcher until = UNTIL_NAMED.matcher(text).region(m.end(), text.length());
            LocalDate untilDate = until.lookingAt() ? namedDate(until.group(1), until.group(2), until.group(3), first) : null;
            if (untilDate != null && untilDate.isAfter(first)) {
                last = untilDate;
                end = until.end();
            }
        }
        return withTimes(first, last, text, end, m.group());
    }

    /**
     * "28 maart 10.00 uur t/m 29 maart 16.00 uur", "2 juni 2026 @ 18:30 - 5 juni 2026 @ 21:00": one span from the
     * first day's time to the last day's time; null when the text is not written that way.
     */
    private static DateMention timedSpan(LocalDate first, String text, int from) {
        ClockTimes.Span start = ClockTimes.rightAfter(text, from);
        if (!start.found() || start.end() != null) {
            return null;
        }
        Matcher until = UNTIL_NAMED.matcher(text).region(start.endIndex(), text.length());
        LocalDate lastDay = until.lookingAt() ? namedDate(until.group(1), until.group(2), until.group(3), first) : null;
        ClockTimes.Span end = lastDay == null ? null : ClockTimes.rightAfter(text, until.end());
        return end != null && end.found() && lastDay.isAfter(first)
                ? new DateMention(first, lastDay, start.start(), end.start()) : null;
    }

    /** The named date; without a year, the next such day on or after {@code reference}; null when impossible. */
    static LocalDate namedDate(String day, String monthName, String year, LocalDate reference) {
        int month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            }
            return nextOnOrAfter(MonthDay.of(month, Integer.parseInt(day)), reference);
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    private static List<DateMention> numericDate(Matcher m, String text) {
        int year = Integer.parseInt(m.group(4));
        try {
            LocalDate date = LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1)));
            return withTimes(date, date, text, m.end(), m.group());
        } catch (DateTimeException impossibleDay) {
            return List.of();
        }
    }

    private static List<DateMention> shortDate(Matcher m, String text, LocalDate reference) {
        if (STREET_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return List.of();
        }
        try {
            LocalDate date = nextOnOrAfter(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
                    reference);
            return withTimes(date, date, text, m.end(), m.group());
        } catch (DateTimeException impossibleDay) {
            return List.of();
        }
    }

    private static LocalDate nextOnOrAfter(MonthDay monthDay, LocalDate reference) {
        LocalDate thisYear = monthDay.atYear(reference.getYear());
        return thisYear.isBefore(reference) ? monthDay.atYear(reference.getYear() + 1) : thisYear;
    }

    /**
     * The run of days with the times written right after it (or a day part: "'s middags", "zaterdagmiddag"): one
     * mention per day when a short run has times ("14 t/m 16 maart, 10.00-17.00 uur" is open three days), else one
     * mention for the whole run.
     */
    static List<DateMention> withTimes(LocalDate first, LocalDate last, String text, int from, String phrase) {
        ClockTimes.Span span = ClockTimes.rightAfter(text, from);
        if (!span.found()) {
            span = ClockTimes.firstBetween(text, from, sameSentence(text, from));
        }
        LocalTime[] times = {span.start(), span.end()};
        if (!span.found()) {
            LocalTime[] part = DayParts.inCompound(phrase);
            times = part != null ? part : DayParts.after(text, from);
            times = times == null ? new LocalTime[] {null, null} : times;
        }
        if (times[0] == null || first.equals(last) || first.plusDays(MAX_DAILY_RUN).isBefore(last)) {
            return List.of(new DateMention(first, last, times[0], times[1]));
        }
        LocalTime start = times[0];
        LocalTime end = times[1];
        return first.datesUntil(last.plusDays(1)).map(day -> new DateMention(day, start, end)).toList();
    }

    /** Where the times of a date may still be written: the rest of its sentence, at most {@value #TIME_REACH} chars. */
    private static int sameSentence(String text, int from) {
        Matcher end = SENTENCE_END.matcher(text).region(from, Math.min(text.length(), from + TIME_REACH));
        return end.find() ? end.start() : Math.min(text.length(), from + TIME_REACH);
    }
}

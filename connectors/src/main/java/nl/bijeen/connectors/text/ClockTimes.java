package nl.bijeen.connectors.text;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as Dutch community sites write them: "14.00-16.00 uur", "om 14:00", "van 14.00 tot 16.00 uur",
 * "14u", "14 u.", "14h30", "ca. 14.00", "10.00 – 12.00 uur", "om 8 uur 's avonds". A bare number is a time only
 * when a unit, minutes, "om"/"aanvang" or a ranged partner with minutes says so ("12 deelnemers" is not).
 */
final class ClockTimes {

    private static final String CLOCK = "(\\d{1,2})(?:[.:hu](\\d{2}))?(?!\\d)(\\s*(?:uur|u\\.?|h)(?!\\p{L}))?";
    private static final String PREFIX = "((?:(?:om|van|vanaf|aanvang|tijd|tijdstip|start|begint?|inloop|tussen|ca\\.?|circa|rond|± ?)"
            + "\\s*:?\\s*)*)";
    /** "18:30 - 5 juni": the 5 is a day, not the end time. */
    private static final String NOT_A_DAY = "(?!\\s*(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))";
    private static final String CORE = PREFIX + CLOCK
            + "(?:\\s*(?:-|–|—|tot|t/m|à|en(?=\\s*\\d))\\s*(?:ca\\.?\\s*)?" + CLOCK + NOT_A_DAY + ")?"
            + "(?:\\s*(?:['’`]\\s?s|des)\\s*(ochtends|morgens|middags|avonds))?";
    private static final Pattern RIGHT_AFTER = Pattern.compile("[\\s,.|:;(/@]*" + CORE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANYWHERE = Pattern.compile("(?<![\\p{L}\\d.,/-])" + CORE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Found times: start (null when none), end (null when none) and where the written times end. */
    record Span(LocalTime start, LocalTime end, int endIndex) {
        static Span none(int at) {
            return new Span(null, null, at);
        }

        boolean found() {
            return start != null;
        }
    }

    private ClockTimes() {
    }

    /** The times written right after {@code from} (separators allowed), else none. */
    static Span rightAfter(String text, int from) {
        Matcher m = RIGHT_AFTER.matcher(text).region(from, text.length());
        return m.lookingAt() ? toSpan(m, from) : Span.none(from);
    }

    /** The first clock time between {@code from} and {@code to} ("… is er koffie van 10.00 tot 12.00 uur"). */
    static Span firstBetween(String text, int from, int to) {
        Matcher m = ANYWHERE.matcher(text).region(from, Math.min(to, text.length()));
        while (m.find()) {
            Span span = toSpan(m, from);
            if (span.found()) {
                return span;
            }
        }
        return Span.none(from);
    }

    private static Span toSpan(Matcher m, int from) {
        String prefix = m.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean ranged = m.group(5) != null;
        boolean said = prefix.contains("om") || prefix.contains("aanvang") || prefix.contains("tijd")
                || m.group(8) != null;
        boolean firstIsClock = m.group(3) != null || m.group(4) != null || said && !ranged
                || ranged && (m.group(6) != null || m.group(7) != null);
        if (!firstIsClock) {
            return Span.none(from);
        }
        String part = m.group(8) == null ? "" : m.group(8).toLowerCase(java.util.Locale.ROOT);
        boolean afternoon = part.startsWith("mi") || part.startsWith("a");
        LocalTime start = clock(m.group(2), m.group(3), afternoon);
        LocalTime end = start != null && ranged ? clock(m.group(5), m.group(6), afternoon) : null;
        return start == null ? Span.none(from) : new Span(start, end, m.end());
    }

    private static LocalTime clock(String hour, String minute, boolean afternoon) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (afternoon && h < 12) {
            h += 12;
        }
        if (h == 24 && min == 0) {
            return LocalTime.of(23, 59);
        }
        return h <= 23 && min <= 59 ? LocalTime.of(h, min) : null;
    }
}

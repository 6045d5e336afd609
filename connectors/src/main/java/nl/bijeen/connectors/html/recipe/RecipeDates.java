package nl.bijeen.connectors.html.recipe;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.text.DateMention;
import nl.bijeen.connectors.text.DutchDates;

/**
 * Reads an item's date, time and end time texts: first with the recipe's java.time patterns (Dutch names, case
 * ignored, text after the match ignored), then, when the recipe allows it, with the Dutch phrase reader
 * ({@link DutchDates}) on the texts together ("zaterdag 14 maart, 14.00-16.00 uur").
 *
 * @param patterns the patterns as written in the recipe
 * @param dutch    true to fall back to the Dutch phrase reader
 */
public record RecipeDates(List<String> patterns, boolean dutch) {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    public RecipeDates {
        patterns = List.copyOf(patterns);
    }

    /** The formatter for one pattern; an IllegalArgumentException names what is wrong with it. */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(DUTCH).withResolverStyle(ResolverStyle.SMART);
    }

    /**
     * The occurrences the texts describe, empty when the date cannot be read. A date without a year is the next such
     * day on or after a month before {@code reference} (an agenda shows what is coming).
     */
    public List<Occurrence> read(String date, String time, String endTime, ZoneId zone, LocalDate reference) {
        Parsed day = parse(date, reference);
        if (day != null && day.date != null) {
            Parsed start = day.time != null ? day : parse(time, reference);
            Parsed end = parse(endTime, reference);
            LocalTime startTime = start == null ? null : start.time;
            LocalTime endClock = end == null || startTime == null ? null : end.time;
            return List.of(new DateMention(day.date, startTime, endClock).toOccurrence(zone));
        }
        if (!dutch) {
            return List.of();
        }
        String phrase = String.join(" ", nonNull(date), nonNull(time), endTime == null ? "" : "- " + endTime).strip();
        List<Occurrence> occurrences = new ArrayList<>();
        for (DateMention mention : DutchDates.find(phrase, reference)) {
            occurrences.add(mention.toOccurrence(zone));
        }
        return occurrences;
    }

    private record Parsed(LocalDate date, LocalTime time) {
    }

    private Parsed parse(String text, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("\\s+", " ").strip();
        for (String pattern : patterns) {
            try {
                TemporalAccessor parsed = formatter(pattern).parse(cleaned, new ParsePosition(0));
                LocalDate date = dateOf(parsed, reference);
                LocalTime time = parsed.query(TemporalQueries.localTime());
                if (date != null || time != null) {
                    return new Parsed(date, time);
                }
            } catch (DateTimeException | IndexOutOfBoundsException noMatch) {
                // the next pattern may fit
            }
        }
        return null;
    }

    private static LocalDate dateOf(TemporalAccessor parsed, LocalDate reference) {
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date != null || !parsed.isSupported(ChronoField.MONTH_OF_YEAR)
                || !parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
            return date;
        }
        MonthDay day = MonthDay.of(parsed.get(ChronoField.MONTH_OF_YEAR), parsed.get(ChronoField.DAY_OF_MONTH));
        LocalDate from = reference.minusMonths(1);
        LocalDate candidate = day.atYear(from.getYear());
        return candidate.isBefore(from) ? day.atYear(from.getYear() + 1) : candidate;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

package nl.bijeen.web.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.bijeen.web.index.IndexedDate;

/**
 * Dates and times as people in the Netherlands write them: "dinsdag 24 november, 10.00–12.00 uur". The year is
 * only added when it is not this year.
 */
public final class DutchDates {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", DUTCH);

    private DutchDates() {
    }

    /** For example "dinsdag 24 november, 10.00–12.00 uur", or "zaterdag 5 december (hele dag)". */
    public static String describe(IndexedDate date, ZoneId zone, boolean allDay, LocalDate today) {
        ZonedDateTime start = date.start().atZone(zone);
        String day = day(start, today);
        if (allDay) {
            return day + " (hele dag)";
        }
        if (date.end() == null) {
            return day + ", " + TIME.format(start) + " uur";
        }
        ZonedDateTime end = date.end().atZone(zone);
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return day + ", " + TIME.format(start) + "–" + TIME.format(end) + " uur";
        }
        return day + ", " + TIME.format(start) + " uur tot " + day(end, today) + ", " + TIME.format(end) + " uur";
    }

    /** Just the day, for lists of further dates: "dinsdag 1 december". */
    public static String day(ZonedDateTime when, LocalDate today) {
        return (when.getYear() == today.getYear() ? DAY : DAY_WITH_YEAR).format(when);
    }

    /** A chosen date, for a filter chip: "1 december 2026". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}

package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import nl.bijeen.connectors.model.Occurrence;

/**
 * A date (or a run of days) found in free text, with the times when the text gave them.
 *
 * @param date     the (first) day
 * @param lastDate the last day of a run ("14 t/m 16 maart"), equal to {@code date} for a single day
 * @param start    start time, or null when only the day was given
 * @param end      end time, or null; an end before the start means the next day ("22.00-01.00 uur")
 */
public record DateMention(LocalDate date, LocalDate lastDate, LocalTime start, LocalTime end) {

    public DateMention {
        Objects.requireNonNull(date, "date");
        lastDate = lastDate == null || lastDate.isBefore(date) ? date : lastDate;
        if (start == null && end != null) {
            throw new IllegalArgumentException("an end time needs a start time");
        }
    }

    /** A single day. */
    public DateMention(LocalDate date, LocalTime start, LocalTime end) {
        this(date, date, start, end);
    }

    public boolean hasTime() {
        return start != null;
    }

    /**
     * This mention as an occurrence in {@code zone}: days without times run from the start of the first day to the
     * start of the day after the last; with times, from the start time on the first day to the end time on the last.
     */
    public Occurrence toOccurrence(ZoneId zone) {
        if (start == null) {
            return new Occurrence(date.atStartOfDay(zone), lastDate.plusDays(1).atStartOfDay(zone), false);
        }
        ZonedDateTime from = date.atTime(start).atZone(zone);
        ZonedDateTime until = null;
        if (end != null) {
            LocalDate endDate = end.isBefore(start) ? lastDate.plusDays(1) : lastDate;
            until = endDate.atTime(end).atZone(zone);
        }
        return new Occurrence(from, until, false);
    }
}

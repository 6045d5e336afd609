package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import nl.bijeen.connectors.model.Occurrence;

/**
 * A date found in free text, with the times when the text gave them.
 *
 * @param date  the day
 * @param start start time, or null when only the day was given
 * @param end   end time, or null; an end before the start means the next day ("22.00-01.00 uur")
 */
public record DateMention(LocalDate date, LocalTime start, LocalTime end) {

    public DateMention {
        Objects.requireNonNull(date, "date");
        if (start == null && end != null) {
            throw new IllegalArgumentException("an end time needs a start time");
        }
    }

    public boolean hasTime() {
        return start != null;
    }

    /** This mention as an occurrence in {@code zone}; a day without times runs from its start to the next day's. */
    public Occurrence toOccurrence(ZoneId zone) {
        if (start == null) {
            ZonedDateTime dayStart = date.atStartOfDay(zone);
            return new Occurrence(dayStart, date.plusDays(1).atStartOfDay(zone), false);
        }
        ZonedDateTime from = date.atTime(start).atZone(zone);
        ZonedDateTime until = null;
        if (end != null) {
            LocalDate endDate = end.isBefore(start) ? date.plusDays(1) : date;
            until = endDate.atTime(end).atZone(zone);
        }
        return new Occurrence(from, until, false);
    }
}

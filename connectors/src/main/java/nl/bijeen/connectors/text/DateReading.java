package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.bijeen.connectors.model.Occurrence;

/**
 * What a text says about when something happens: one-off dates, or a recurrence rule (with its times and bounds),
 * or nothing; plus notes on what was read but could not be applied ("behalve in de schoolvakanties").
 *
 * @param dates      one-off dates (empty for a rule)
 * @param recurrence the rule, or null for one-off dates
 * @param notes      plain-language remarks for the source's owner
 */
public record DateReading(List<DateMention> dates, Recurrence recurrence, List<String> notes) {

    public static final DateReading NONE = new DateReading(List.of(), null, List.of());

    public DateReading {
        dates = dates == null ? List.of() : List.copyOf(dates);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static DateReading of(List<DateMention> dates) {
        return dates.isEmpty() ? NONE : new DateReading(dates, null, List.of());
    }

    public boolean isEmpty() {
        return dates.isEmpty() && recurrence == null;
    }

    public boolean isRecurring() {
        return recurrence != null;
    }

    /** True when no time of day was given. */
    public boolean allDay() {
        return isRecurring() ? recurrence.start() == null : dates.stream().noneMatch(DateMention::hasTime);
    }

    /**
     * The occurrences in {@code zone}: every one-off date, or the rule's dates from {@code first} up to (not
     * including) {@code limit}, at most {@code cap} of them.
     */
    public List<Occurrence> occurrences(ZoneId zone, LocalDate first, LocalDate limit, int cap) {
        if (!isRecurring()) {
            return dates.stream().map(d -> d.toOccurrence(zone)).toList();
        }
        return recurrence.dates(first, limit, cap).stream()
                .map(day -> new DateMention(day, recurrence.start(), recurrence.end()).toOccurrence(zone)).toList();
    }

    /** The same reading with one more note. */
    public DateReading withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new DateReading(dates, recurrence, more);
    }
}

package nl.bijeen.connectors.ical;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;

/**
 * The schedule of all VEVENTs sharing one UID: the series (DTSTART, expanded with RRULE/RDATE/EXDATE within the
 * window) and its RECURRENCE-ID overrides, which move an occurrence or, with STATUS:CANCELLED, cancel it.
 * A cancelled occurrence stays in the schedule, marked, so that readers learn it does not take place.
 */
final class EventSeries {

    private final ICalTimes times;
    private final RecurrenceExpander.Window window;
    private final Consumer<Warning> warnings;
    private final SeriesStarts starts;

    EventSeries(ICalTimes times, RecurrenceExpander.Window window, Consumer<Warning> warnings) {
        this.times = times;
        this.window = window;
        this.warnings = warnings;
        this.starts = new SeriesStarts(times, window, warnings);
    }

    /** @param masters the VEVENTs without RECURRENCE-ID (normally one), overrides those with one */
    Schedule schedule(String ref, List<RawComponent> masters, List<RawComponent> overrides) throws InvalidEventException {
        Map<Object, Occurrence> byKey = new LinkedHashMap<>();
        Temporal firstStart = null;
        for (RawComponent master : masters) {
            Temporal start = start(master, ref);
            firstStart = firstStart == null ? start : firstStart;
            addSeries(ref, master, start, byKey);
        }
        boolean dateOnly = firstStart instanceof LocalDate;
        for (RawComponent override : overrides) {
            applyOverride(ref, override, dateOnly, byKey);
        }
        ZoneId zone = firstStart instanceof ZonedDateTime z && !(z.getZone() instanceof ZoneOffset) ? z.getZone()
                : times.defaultZone();
        return new Schedule(zone, dateOnly, new ArrayList<>(byKey.values()));
    }

    private Temporal start(RawComponent event, String ref) throws InvalidEventException {
        RawProperty dtstart = event.first("DTSTART")
                .orElseThrow(() -> new InvalidEventException("event \"" + ref + "\" has no start date (DTSTART): skipped"));
        try {
            return times.read(dtstart);
        } catch (DateTimeException unreadable) {
            throw new InvalidEventException("event \"" + ref + "\" skipped: " + unreadable.getMessage());
        }
    }

    private void addSeries(String ref, RawComponent master, Temporal start, Map<Object, Occurrence> byKey) {
        Optional<TemporalAmount> length = lengthOf(ref, master, start);
        boolean cancelled = isCancelled(master);
        boolean dateOnly = start instanceof LocalDate;
        for (Temporal s : starts.of(ref, master, start)) {
            byKey.put(RecurrenceExpander.key(s, dateOnly, times.defaultZone()), occurrence(s, length, cancelled));
        }
    }

    /** The master's length; an end that cannot be read or lies before the start costs the end, not the event. */
    private Optional<TemporalAmount> lengthOf(String ref, RawComponent master, Temporal start) {
        try {
            if (EventLength.endsBeforeStart(master, start, times)) {
                warnings.accept(new Warning(ref, "event \"" + ref + "\" ends (DTEND) before it starts: its end is ignored"));
            }
            return EventLength.of(master, start, times);
        } catch (DateTimeException unreadableEnd) {
            warnings.accept(new Warning(ref, "the end of event \"" + ref + "\" could not be read ("
                    + unreadableEnd.getMessage() + "): imported without an end"));
            return Optional.empty();
        }
    }

    private void applyOverride(String ref, RawComponent override, boolean dateOnly, Map<Object, Occurrence> byKey) {
        try {
            Temporal recurrenceId = times.read(override.first("RECURRENCE-ID").orElseThrow());
            Temporal newStart = override.first("DTSTART").map(times::read).orElse(recurrenceId);
            Object key = RecurrenceExpander.key(recurrenceId, dateOnly, times.defaultZone());
            Occurrence replaced = byKey.get(key);
            Optional<TemporalAmount> length = EventLength.of(override, newStart, times)
                    .or(() -> Optional.ofNullable(replaced).flatMap(EventSeries::lengthOf));
            Occurrence moved = occurrence(newStart, length, isCancelled(override));
            if (replaced != null || window.contains(newStart, times.defaultZone())) {
                byKey.put(key, moved);
            }
        } catch (DateTimeException unreadable) {
            warnings.accept(new Warning(ref, "a change to one date of event \"" + ref + "\" could not be read ("
                    + unreadable.getMessage() + "): ignored"));
        }
    }

    private Occurrence occurrence(Temporal start, Optional<TemporalAmount> length, boolean cancelled) {
        ZoneId zone = times.defaultZone();
        ZonedDateTime from = start instanceof LocalDate day ? day.atStartOfDay(zone) : shown((ZonedDateTime) start);
        ZonedDateTime until = length.map(l -> EventLength.endOf(from, start, l, zone)).orElse(null);
        return new Occurrence(from, until != null && until.isBefore(from) ? null : until, cancelled);
    }

    /** UTC times are shown in the source's zone: "14:00 in Katwijk" rather than "13:00Z". */
    private ZonedDateTime shown(ZonedDateTime start) {
        return start.getZone() instanceof ZoneOffset ? start.withZoneSameInstant(times.defaultZone()) : start;
    }

    private static Optional<TemporalAmount> lengthOf(Occurrence occurrence) {
        return occurrence.end() == null ? Optional.empty()
                : Optional.of(java.time.Duration.between(occurrence.start(), occurrence.end()));
    }

    private static boolean isCancelled(RawComponent event) {
        return event.text("STATUS").map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false);
    }
}

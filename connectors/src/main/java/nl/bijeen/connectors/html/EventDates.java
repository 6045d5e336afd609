package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.IsoDateTimes;

/**
 * When an Event takes place: startDate and endDate; a date-only startDate with a doorTime ("the doors open at
 * 19:30") as that time; a missing endDate from the duration; and an eventSchedule (a weekly course) expanded by
 * {@link ScheduleExpander}. Empty, with a warning, when none of these gives a date.
 */
final class EventDates {

    private final ZoneId zone;
    private final SourceSettings settings;
    private final Consumer<Warning> warnings;

    EventDates(SourceSettings settings, Consumer<Warning> warnings) {
        this.zone = settings.defaultZone();
        this.settings = settings;
        this.warnings = warnings;
    }

    Optional<Schedule> schedule(JsonNode event, String name, String ref, boolean cancelled) {
        List<JsonNode> schedules = all(event, "eventSchedule");
        if (!schedules.isEmpty()) {
            return repeated(schedules, event, name, ref, cancelled);
        }
        String startDate = text(event, "startDate");
        Optional<Temporal> start = IsoDateTimes.parse(startDate, zone);
        if (start.isEmpty()) {
            warnings.accept(new Warning(ref, "event \"" + name + "\" has no readable start date ("
                    + (startDate == null ? "startDate missing" : "startDate \"" + startDate + "\"") + "): skipped"));
            return Optional.empty();
        }
        Temporal from = withDoorTime(start.get(), text(event, "doorTime"));
        Temporal until = IsoDateTimes.parse(text(event, "endDate"), zone).orElse(null);
        if (until == null && from instanceof ZonedDateTime time) {
            until = plus(time, text(event, "duration"));
        }
        return Optional.of(single(from, until, cancelled));
    }

    private Optional<Schedule> repeated(List<JsonNode> schedules, JsonNode event, String name, String ref,
                                        boolean cancelled) {
        List<Occurrence> occurrences = new ArrayList<>();
        ZoneId published = zone;
        boolean allDay = true;
        for (JsonNode schedule : schedules) {
            ScheduleExpander expander = new ScheduleExpander(schedule, settings, event);
            allDay &= expander.allDay();
            occurrences.addAll(expander.occurrences(cancelled, warning -> warnings.accept(new Warning(ref,
                    "event \"" + name + "\": " + warning))));
            published = expander.zone();
        }
        boolean anyReadable = schedules.stream()
                .anyMatch(s -> ScheduleRule.frequency(text(s, "repeatFrequency")) != null);
        if (occurrences.isEmpty() && !anyReadable) {
            return Optional.empty();
        }
        if (occurrences.isEmpty()) {
            warnings.accept(new Warning(ref, "event \"" + name + "\" has an eventSchedule without dates between now "
                    + "and the horizon: skipped"));
            return Optional.empty();
        }
        return Optional.of(new Schedule(published, allDay, occurrences.stream().distinct().toList()));
    }

    /** A date-only start with a doorTime ("19:30", "19:30:00" or a whole date-time) starts at that time. */
    private Temporal withDoorTime(Temporal start, String doorTime) {
        if (!(start instanceof LocalDate day) || doorTime == null) {
            return start;
        }
        Optional<Temporal> full = IsoDateTimes.parse(doorTime, zone);
        if (full.isPresent() && full.get() instanceof ZonedDateTime time) {
            return time;
        }
        LocalTime time = time(doorTime);
        return time == null ? start : day.atTime(time).atZone(zone);
    }

    static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            String v = value.strip();
            int cut = v.indexOf('+') > 0 ? v.indexOf('+') : v.indexOf('Z') > 0 ? v.indexOf('Z') : v.length();
            return LocalTime.parse(v.substring(0, cut).replace('.', ':'));
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** The start plus an ISO 8601 duration ("PT2H", "PT1H30M", "P1D"), or null when there is none. */
    static ZonedDateTime plus(ZonedDateTime start, String duration) {
        if (duration == null) {
            return null;
        }
        try {
            return start.plus(Duration.parse(duration.strip()));
        } catch (DateTimeParseException notATimeDuration) {
            try {
                return start.plus(Period.parse(duration.strip()));
            } catch (DateTimeParseException notADuration) {
                return null;
            }
        }
    }

    private Schedule single(Temporal start, Temporal end, boolean cancelled) {
        if (start instanceof LocalDate day) {
            LocalDate last = end instanceof LocalDate e && !e.isBefore(day) ? e
                    : end instanceof ZonedDateTime z && !z.toLocalDate().isBefore(day) ? z.toLocalDate() : day;
            return new Schedule(zone, true, List.of(
                    new Occurrence(day.atStartOfDay(zone), last.plusDays(1).atStartOfDay(zone), cancelled)));
        }
        ZonedDateTime from = (ZonedDateTime) start;
        ZonedDateTime until = end instanceof ZonedDateTime e && !e.isBefore(from) ? e : null;
        return new Schedule(zone, false, List.of(new Occurrence(from, until, cancelled)));
    }
}

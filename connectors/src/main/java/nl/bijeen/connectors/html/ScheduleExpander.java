package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.IsoDateTimes;

/**
 * A schema.org Schedule ("every Tuesday 10:00–12:00 from 3 March to 30 June, not on 5 May") as the dates between
 * the source's now and its horizon: {@link ScheduleRule} says which days, this class adds the startDate/endDate
 * bounds, startTime/endTime or duration, repeatCount and scheduleTimezone. A date counts while it has not ended
 * at "now"; at most {@link #MAX_OCCURRENCES} dates are returned.
 */
final class ScheduleExpander {

    static final int MAX_OCCURRENCES = 500;
    /** A series that started longer ago than this is counted from here (repeatCount is then approximate). */
    private static final int MAX_DAYS_BACK = 3 * 366;

    private final JsonNode schedule;
    private final SourceSettings settings;
    private final String eventDuration;
    private final ZoneId zone;
    private final LocalTime startTime;
    private final LocalTime endTime;

    /**
     * @param event the Event the schedule belongs to: its duration, and the times of its startDate and endDate when
     *              the schedule gives no startTime and endTime (plug-ins often put the time only there)
     */
    ScheduleExpander(JsonNode schedule, SourceSettings settings, JsonNode event) {
        this.schedule = schedule;
        this.settings = settings;
        this.eventDuration = text(event, "duration");
        this.zone = zone(text(schedule, "scheduleTimezone"), settings.defaultZone());
        this.startTime = time(text(schedule, "startTime"), text(event, "startDate"));
        this.endTime = time(text(schedule, "endTime"), text(event, "endDate"));
    }

    ZoneId zone() {
        return zone;
    }

    /** True when neither the schedule nor its event gives a time of day. */
    boolean allDay() {
        return startTime == null;
    }

    private LocalTime time(String scheduleTime, String eventDateTime) {
        LocalTime time = EventDates.time(scheduleTime);
        if (time != null) {
            return time;
        }
        return IsoDateTimes.parse(eventDateTime, zone)
                .map(t -> t instanceof ZonedDateTime z ? z.toLocalTime() : null).orElse(null);
    }

    List<Occurrence> occurrences(boolean cancelled, Consumer<String> warnings) {
        ZonedDateTime now = settings.now().atZone(zone);
        ZonedDateTime horizon = now.plus(settings.horizon());
        LocalDate first = date(text(schedule, "startDate"));
        LocalDate from = first == null || first.isBefore(now.toLocalDate().minusDays(MAX_DAYS_BACK))
                ? (first == null ? now.toLocalDate() : now.toLocalDate().minusDays(MAX_DAYS_BACK)) : first;
        ScheduleRule rule = ScheduleRule.read(schedule, from, this::date);
        if (rule == null) {
            warnings.accept("its eventSchedule has no readable repeatFrequency (\"" + text(schedule, "repeatFrequency")
                    + "\"): skipped");
            return List.of();
        }
        LocalDate last = date(text(schedule, "endDate"));
        LocalDate until = last != null && last.isBefore(horizon.toLocalDate()) ? last : horizon.toLocalDate();
        List<Occurrence> occurrences = new ArrayList<>();
        int counted = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!rule.matches(day)) {
                continue;
            }
            if (rule.repeatCount() != null && ++counted > rule.repeatCount()) {
                break;
            }
            if (rule.exceptDates().contains(day)) {
                continue;
            }
            Occurrence occurrence = occurrence(day, cancelled);
            ZonedDateTime over = occurrence.end() != null ? occurrence.end() : occurrence.start();
            if (!over.isAfter(now) || !occurrence.start().isBefore(horizon)) {
                continue;
            }
            if (occurrences.size() == MAX_OCCURRENCES) {
                warnings.accept("its eventSchedule gives more than " + MAX_OCCURRENCES + " dates: only the first "
                        + MAX_OCCURRENCES + " are read");
                break;
            }
            occurrences.add(occurrence);
        }
        return occurrences;
    }

    private Occurrence occurrence(LocalDate day, boolean cancelled) {
        LocalTime start = startTime;
        LocalTime end = endTime;
        ZonedDateTime from = day.atTime(start == null ? LocalTime.MIDNIGHT : start).atZone(zone);
        ZonedDateTime until = end != null && start != null && end.isAfter(start) ? day.atTime(end).atZone(zone)
                : EventDates.plus(from, text(schedule, "duration") != null ? text(schedule, "duration") : eventDuration);
        if (start == null && until == null) {
            until = from.plusDays(1);
        }
        return new Occurrence(from, until, cancelled);
    }

    private LocalDate date(String value) {
        return IsoDateTimes.parse(value, zone).map(t -> t instanceof ZonedDateTime z ? z.toLocalDate() : (LocalDate) t)
                .orElse(null);
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        try {
            return id == null ? fallback : ZoneId.of(id);
        } catch (DateTimeException unknownZone) {
            return fallback;
        }
    }
}

package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.IsoDateTimes;

/**
 * A schema.org Schedule ("every Tuesday 10:00–12:00 from 3 March to 30 June, not on 5 May") as the dates between
 * the source's now and its horizon. Supports repeatFrequency in days, weeks or months (P1W, P2W, P1M, "weekly"),
 * byDay, byMonthDay, byMonthWeek (1–5, -1 for the last), startDate/endDate bounds, startTime/endTime or duration,
 * exceptDate, repeatCount and scheduleTimezone. At most {@link #MAX_OCCURRENCES} dates are returned.
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
        Period frequency = frequency(text(schedule, "repeatFrequency"));
        if (frequency == null) {
            warnings.accept("its eventSchedule has no readable repeatFrequency (\"" + text(schedule, "repeatFrequency")
                    + "\"): skipped");
            return List.of();
        }
        ZonedDateTime now = settings.now().atZone(zone);
        ZonedDateTime horizon = now.plus(settings.horizon());
        LocalDate first = date(text(schedule, "startDate"));
        LocalDate last = date(text(schedule, "endDate"));
        LocalDate from = first != null ? first : now.toLocalDate();
        if (from.isBefore(now.toLocalDate().minusDays(MAX_DAYS_BACK))) {
            from = now.toLocalDate().minusDays(MAX_DAYS_BACK);
        }
        LocalDate until = last != null && last.isBefore(horizon.toLocalDate()) ? last : horizon.toLocalDate();
        Integer repeatCount = count(text(schedule, "repeatCount"));
        Set<LocalDate> except = exceptDates();
        Set<DayOfWeek> days = days();
        List<Occurrence> occurrences = new ArrayList<>();
        int counted = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!matches(day, from, frequency, days)) {
                continue;
            }
            if (repeatCount != null && ++counted > repeatCount) {
                break;
            }
            if (except.contains(day)) {
                continue;
            }
            Occurrence occurrence = occurrence(day, cancelled);
            ZonedDateTime over = occurrence.end() != null ? occurrence.end() : occurrence.start();
            if (over.isAfter(now) && occurrence.start().isBefore(horizon)) {
                if (occurrences.size() == MAX_OCCURRENCES) {
                    warnings.accept("its eventSchedule gives more than " + MAX_OCCURRENCES + " dates: only the first "
                            + MAX_OCCURRENCES + " are read");
                    break;
                }
                occurrences.add(occurrence);
            }
        }
        return occurrences;
    }

    private boolean matches(LocalDate day, LocalDate first, Period frequency, Set<DayOfWeek> days) {
        if (frequency.getMonths() > 0 || frequency.getYears() > 0) {
            long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), day.withDayOfMonth(1));
            return months % frequency.toTotalMonths() == 0 && inMonth(day, first, days);
        }
        long step = frequency.getDays();
        if (step % 7 == 0) {
            long weeks = ChronoUnit.WEEKS.between(first.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY));
            Set<DayOfWeek> weekdays = days.isEmpty() ? EnumSet.of(first.getDayOfWeek()) : days;
            return weeks % (step / 7) == 0 && weekdays.contains(day.getDayOfWeek());
        }
        long elapsed = ChronoUnit.DAYS.between(first, day);
        return elapsed % step == 0 && (days.isEmpty() || days.contains(day.getDayOfWeek()));
    }

    /** byMonthDay ("the 1st and 15th"), byDay with byMonthWeek ("the last Friday"), byDay alone, or first's day. */
    private boolean inMonth(LocalDate day, LocalDate first, Set<DayOfWeek> days) {
        Set<Integer> monthDays = numbers("byMonthDay");
        if (!monthDays.isEmpty()) {
            return monthDays.contains(day.getDayOfMonth())
                    || monthDays.contains(day.getDayOfMonth() - day.lengthOfMonth() - 1);
        }
        if (days.isEmpty()) {
            return day.getDayOfMonth() == first.getDayOfMonth();
        }
        if (!days.contains(day.getDayOfWeek())) {
            return false;
        }
        Set<Integer> weeks = numbers("byMonthWeek");
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        boolean lastWeek = day.getDayOfMonth() + 7 > day.lengthOfMonth();
        return weeks.isEmpty() || weeks.contains(week) || lastWeek && weeks.contains(-1);
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

    /** "P1W", "P2W", "P1M", "P1D" or the words daily, weekly, monthly that some plug-ins write instead. */
    static Period frequency(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        Period period = switch (v) {
            case "daily", "dagelijks" -> Period.ofDays(1);
            case "weekly", "wekelijks" -> Period.ofWeeks(1);
            case "monthly", "maandelijks" -> Period.ofMonths(1);
            default -> {
                try {
                    yield Period.parse(v.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException unreadable) {
                    yield null;
                }
            }
        };
        return period == null || period.isZero() || period.isNegative() ? null : period;
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode value : all(schedule, "byDay")) {
            String day = text(value.isObject() ? value.get("@id") : value);
            if (day != null) {
                String name = day.substring(Math.max(day.lastIndexOf('/'), day.lastIndexOf(':')) + 1);
                try {
                    days.add(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException notADay) {
                    // "PublicHolidays" and misspellings name no weekday; the other days still count
                }
            }
        }
        return days;
    }

    private Set<Integer> numbers(String property) {
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode value : all(schedule, property)) {
            Integer n = count(text(value));
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private Set<LocalDate> exceptDates() {
        Set<LocalDate> dates = new HashSet<>();
        for (JsonNode value : all(schedule, "exceptDate")) {
            LocalDate date = date(text(value));
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    private LocalDate date(String value) {
        return IsoDateTimes.parse(value, zone).map(t -> t instanceof ZonedDateTime z ? z.toLocalDate() : (LocalDate) t)
                .orElse(null);
    }

    private static Integer count(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        try {
            return id == null ? fallback : ZoneId.of(id);
        } catch (DateTimeException unknownZone) {
            return fallback;
        }
    }
}

package nl.bijeen.aggregator.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a demo activity takes place. Dates are relative to the clock the world is rendered with, so the demo never
 * goes stale; recurring series are anchored to fixed weeks and months, so they do not shift from day to day.
 */
public sealed interface DemoSchedule {

    ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The next {@code count} occurrences that start after the clock's instant (empty for ongoing offers). */
    List<DemoOccurrence> upcoming(Clock clock, int count);

    /** RFC 5545 RRULE value for a recurring series, else {@code null}. */
    default String rrule() {
        return null;
    }

    default boolean recurring() {
        return rrule() != null;
    }

    /** The first occurrence after the clock's instant, or {@code null} for ongoing offers. */
    default DemoOccurrence next(Clock clock) {
        List<DemoOccurrence> next = upcoming(clock, 1);
        return next.isEmpty() ? null : next.get(0);
    }

    /** Every {@code intervalWeeks} weeks on {@code day}; fortnightly series run in the even weeks since 1 Jan 2024. */
    record Weekly(DayOfWeek day, int intervalWeeks, LocalTime from, LocalTime to) implements DemoSchedule {
        private static final LocalDate ANCHOR_MONDAY = LocalDate.of(2024, 1, 1);

        @Override
        public List<DemoOccurrence> upcoming(Clock clock, int count) {
            List<DemoOccurrence> result = new ArrayList<>();
            LocalDate date = today(clock).with(TemporalAdjusters.nextOrSame(day));
            while (result.size() < count) {
                long weeks = ChronoUnit.WEEKS.between(ANCHOR_MONDAY, date.with(DayOfWeek.MONDAY));
                if (weeks % intervalWeeks == 0) {
                    addIfAfterNow(result, date, from, to, clock);
                }
                date = date.plusWeeks(1);
            }
            return result;
        }

        @Override
        public String rrule() {
            return "FREQ=WEEKLY" + (intervalWeeks > 1 ? ";INTERVAL=" + intervalWeeks : "") + ";BYDAY=" + ICalDays.code(day);
        }
    }

    /** Monthly on the n-th (1–4) or last (-1) given weekday. */
    record Monthly(int nth, DayOfWeek day, LocalTime from, LocalTime to) implements DemoSchedule {
        @Override
        public List<DemoOccurrence> upcoming(Clock clock, int count) {
            List<DemoOccurrence> result = new ArrayList<>();
            LocalDate month = today(clock).withDayOfMonth(1);
            while (result.size() < count) {
                LocalDate date = nth < 0 ? month.with(TemporalAdjusters.lastInMonth(day))
                        : month.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
                addIfAfterNow(result, date, from, to, clock);
                month = month.plusMonths(1);
            }
            return result;
        }

        @Override
        public String rrule() {
            return "FREQ=MONTHLY;BYDAY=" + nth + ICalDays.code(day);
        }
    }

    /** Once, {@code inDays} days after the clock's date. */
    record Once(int inDays, LocalTime from, LocalTime to) implements DemoSchedule {
        @Override
        public List<DemoOccurrence> upcoming(Clock clock, int count) {
            List<DemoOccurrence> result = new ArrayList<>();
            addIfAfterNow(result, today(clock).plusDays(inDays), from, to, clock);
            return result.subList(0, Math.min(count, result.size()));
        }
    }

    /** An ongoing offer without a fixed date (a walk-in service, a group one can join any time). */
    record Ongoing() implements DemoSchedule {
        @Override
        public List<DemoOccurrence> upcoming(Clock clock, int count) {
            return List.of();
        }
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }

    private static void addIfAfterNow(List<DemoOccurrence> result, LocalDate date, LocalTime from, LocalTime to,
                                      Clock clock) {
        ZonedDateTime start = ZonedDateTime.of(date, from, AMSTERDAM);
        if (start.toInstant().isAfter(clock.instant())) {
            result.add(new DemoOccurrence(start, ZonedDateTime.of(date, to, AMSTERDAM)));
        }
    }
}

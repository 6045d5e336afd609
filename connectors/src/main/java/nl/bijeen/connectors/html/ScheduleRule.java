package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.all;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which days a schema.org Schedule names: every n days, weeks or months counted from its first day, on byDay
 * weekdays, byMonthDay days of the month (-1 the last) or byMonthWeek weeks of the month (-1 the last week).
 *
 * @param frequency   the repeatFrequency, positive
 * @param first       the day counting starts from: the schedule's startDate, else today
 * @param days        byDay; empty means the weekday (weekly) or day of the month (monthly) of {@code first}
 * @param monthDays   byMonthDay
 * @param monthWeeks  byMonthWeek
 * @param exceptDates days left out (they still count towards repeatCount)
 * @param repeatCount how many dates the series has in all, or null
 */
record ScheduleRule(Period frequency, LocalDate first, Set<DayOfWeek> days, Set<Integer> monthDays,
                    Set<Integer> monthWeeks, Set<LocalDate> exceptDates, Integer repeatCount) {

    /** The rule, or null when the repeatFrequency cannot be read. */
    static ScheduleRule read(JsonNode schedule, LocalDate first, Function<String, LocalDate> dates) {
        Period frequency = frequency(text(schedule, "repeatFrequency"));
        if (frequency == null) {
            return null;
        }
        Set<LocalDate> except = new HashSet<>();
        for (JsonNode value : all(schedule, "exceptDate")) {
            LocalDate date = dates.apply(text(value));
            if (date != null) {
                except.add(date);
            }
        }
        return new ScheduleRule(frequency, first, days(schedule), numbers(schedule, "byMonthDay"),
                numbers(schedule, "byMonthWeek"), except, number(text(schedule, "repeatCount")));
    }

    boolean matches(LocalDate day) {
        if (frequency.toTotalMonths() > 0) {
            long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), day.withDayOfMonth(1));
            return months % frequency.toTotalMonths() == 0 && inMonth(day);
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
    private boolean inMonth(LocalDate day) {
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
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        boolean lastWeek = day.getDayOfMonth() + 7 > day.lengthOfMonth();
        return monthWeeks.isEmpty() || monthWeeks.contains(week) || lastWeek && monthWeeks.contains(-1);
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

    private static Set<DayOfWeek> days(JsonNode schedule) {
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

    private static Set<Integer> numbers(JsonNode schedule, String property) {
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode value : all(schedule, property)) {
            Integer n = number(text(value));
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

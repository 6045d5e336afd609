package nl.bijeen.connectors.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule read from a recurring phrase ("elke dinsdag van 10.00 tot 12.00 uur", "iedere laatste vrijdag van de
 * maand", "om de week op woensdag", "van september tot en met juni elke woensdag"), in the spirit of an iCal RRULE.
 *
 * @param frequency DAILY, WEEKLY (on {@code days}) or MONTHLY (the {@code ordinals}-th {@code days} of the month)
 * @param interval  every how many weeks (2 for "om de week"); 1 otherwise
 * @param days      the weekdays; empty for DAILY, and for a WEEKLY rule that did not say which day (no dates then)
 * @param ordinals  for MONTHLY: 1..4, or -1 for the last
 * @param months    the months it runs in ("van september tot en met juni"); empty means all year
 * @param from      first possible day, or null
 * @param until     last possible day, or null
 * @param start     start time, or null for whole days
 * @param end       end time, or null
 */
public record Recurrence(Frequency frequency, int interval, List<DayOfWeek> days, List<Integer> ordinals,
                         Set<Month> months, LocalDate from, LocalDate until, LocalTime start, LocalTime end) {

    public enum Frequency { DAILY, WEEKLY, MONTHLY }

    public Recurrence {
        days = days == null ? List.of() : days.stream().distinct().sorted().toList();
        ordinals = ordinals == null ? List.of() : List.copyOf(ordinals);
        months = months == null ? Set.of() : Set.copyOf(months);
        interval = Math.max(1, interval);
    }

    /** False for "elke twee weken" or "wekelijks" without a weekday: such a rule makes no dates. */
    public boolean namesItsDays() {
        return frequency == Frequency.DAILY || !days.isEmpty();
    }

    /** The days this rule names from {@code first} up to (not including) {@code limit}, at most {@code cap}. */
    public List<LocalDate> dates(LocalDate first, LocalDate limit, int cap) {
        LocalDate day = from != null && from.isAfter(first) ? from : first;
        LocalDate stop = until != null && until.plusDays(1).isBefore(limit) ? until.plusDays(1) : limit;
        if (!namesItsDays()) {
            return List.of();
        }
        LocalDate anchorWeek = firstMatchingWeek(day);
        List<LocalDate> dates = new ArrayList<>();
        for (; day.isBefore(stop) && dates.size() < cap; day = day.plusDays(1)) {
            if (matches(day, anchorWeek)) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** "om de week": the weeks counted from the week of the first matching day. */
    private LocalDate firstMatchingWeek(LocalDate day) {
        LocalDate d = day;
        while (!days.isEmpty() && !days.contains(d.getDayOfWeek())) {
            d = d.plusDays(1);
        }
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private boolean matches(LocalDate day, LocalDate anchorWeek) {
        if (!months.isEmpty() && !months.contains(day.getMonth())) {
            return false;
        }
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> days.contains(day.getDayOfWeek()) && ChronoUnit.WEEKS.between(anchorWeek,
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % interval == 0;
            case MONTHLY -> days.contains(day.getDayOfWeek()) && (ordinals.contains((day.getDayOfMonth() - 1) / 7 + 1)
                    || ordinals.contains(-1) && day.getDayOfMonth() + 7 > day.lengthOfMonth());
        };
    }

    /** The rule written like an iCal RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE" or "FREQ=MONTHLY;BYDAY=-1FR". */
    public String rule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!days.isEmpty()) {
            String prefix = frequency == Frequency.MONTHLY ? "" : null;
            rule.append(";BYDAY=").append(days.stream().flatMap(d -> prefix == null ? java.util.stream.Stream.of(code(d))
                    : ordinals.stream().map(o -> o + code(d))).collect(Collectors.joining(",")));
        }
        if (!months.isEmpty()) {
            rule.append(";BYMONTH=").append(months.stream().map(Month::getValue).sorted().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        if (until != null) {
            rule.append(";UNTIL=").append(until);
        }
        return rule.toString();
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}

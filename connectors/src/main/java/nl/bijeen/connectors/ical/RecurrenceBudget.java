package nl.bijeen.connectors.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Refuses rules whose expansion would take iCal4j unreasonably long. With COUNT, {@link Recur} has to walk every
 * instance from DTSTART, so "every second since 2000, a hundred million times" would stall a crawl for minutes.
 * No neighbourhood activity repeats more often than hourly, so SECONDLY and MINUTELY are refused outright, and a
 * counted rule is refused when the instances between DTSTART and the end of the window run into the millions.
 */
final class RecurrenceBudget {

    static final long MAX_COUNTED_STEPS = 500_000;

    private static final Map<Frequency, ChronoUnit> UNITS = Map.of(Frequency.HOURLY, ChronoUnit.HOURS,
            Frequency.DAILY, ChronoUnit.DAYS, Frequency.WEEKLY, ChronoUnit.WEEKS, Frequency.MONTHLY, ChronoUnit.MONTHS,
            Frequency.YEARLY, ChronoUnit.YEARS);

    private RecurrenceBudget() {
    }

    /** Throws IllegalArgumentException with a plain explanation when the rule is too costly to expand. */
    static void check(Recur<?> recur, Temporal seed, ZonedDateTime until, ZoneId zone) {
        ChronoUnit unit = UNITS.get(recur.getFrequency());
        if (unit == null) {
            throw new IllegalArgumentException("it repeats every " + (recur.getFrequency() == Frequency.SECONDLY
                    ? "second" : "minute") + ", more often than any activity");
        }
        if (recur.getCount() <= 0) {
            return;
        }
        Instant from = seed instanceof LocalDate d ? d.atStartOfDay(zone).toInstant() : ((ZonedDateTime) seed).toInstant();
        long steps = unit.between(from.atZone(zone), until) / Math.max(1, recur.getInterval())
                * size(recur.getHourList()) * size(recur.getMinuteList()) * size(recur.getSecondList());
        if (steps > MAX_COUNTED_STEPS) {
            throw new IllegalArgumentException("it counts " + recur.getCount() + " repetitions from " + seed
                    + ", too many to work out");
        }
    }

    private static long size(List<?> byList) {
        return byList.isEmpty() ? 1 : byList.size();
    }
}

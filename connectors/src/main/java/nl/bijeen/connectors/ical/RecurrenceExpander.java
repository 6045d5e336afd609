package nl.bijeen.connectors.ical;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.fortuna.ical4j.model.Recur;

/**
 * Expands a recurring event (DTSTART with RRULE and RDATE, minus EXDATE) within a window, with iCal4j's
 * {@link Recur} doing the rule arithmetic in the event's own zone (so 10:00 stays 10:00 across daylight saving).
 * At most {@link #MAX_OCCURRENCES} per event: a daily rule over a long horizon is a publishing mistake more often
 * than a real agenda.
 */
final class RecurrenceExpander {

    static final int MAX_OCCURRENCES = 500;

    /** The period to expand in: from the start of today in the source's zone up to now + horizon. */
    record Window(ZonedDateTime from, ZonedDateTime until) {

        boolean contains(Temporal start, ZoneId zone) {
            ZonedDateTime s = start instanceof LocalDate d ? d.atStartOfDay(zone) : (ZonedDateTime) start;
            return !s.isBefore(from) && !s.isAfter(until);
        }
    }

    /** The starts within the window, sorted, and whether the cap cut the list short. */
    record Expansion(List<Temporal> starts, boolean capped) {
    }

    private RecurrenceExpander() {
    }

    static Expansion expand(Temporal dtstart, List<String> rrules, Collection<Temporal> rdates,
                            Collection<Temporal> exdates, Window window, ZoneId zone) {
        boolean dateOnly = dtstart instanceof LocalDate;
        Map<Object, Temporal> byKey = new TreeMap<>();
        if (window.contains(dtstart, zone)) {
            byKey.put(key(dtstart, dateOnly, zone), dtstart);
        }
        for (String rule : rrules) {
            for (Temporal start : ruleDates(dtstart, rule, window)) {
                byKey.put(key(start, dateOnly, zone), start);
            }
        }
        for (Temporal rdate : rdates) {
            if (window.contains(rdate, zone)) {
                byKey.putIfAbsent(key(rdate, dateOnly, zone), rdate);
            }
        }
        for (Temporal exdate : exdates) {
            if (exdate instanceof LocalDate day && !dateOnly) {
                // EXDATE;VALUE=DATE on a timed series: the whole day is excluded.
                byKey.values().removeIf(start -> dayOf(start, zone).equals(day));
            } else {
                byKey.remove(key(exdate, dateOnly, zone));
            }
        }
        List<Temporal> starts = new ArrayList<>(byKey.values());
        boolean capped = starts.size() > MAX_OCCURRENCES;
        return new Expansion(capped ? starts.subList(0, MAX_OCCURRENCES) : starts, capped);
    }

    /**
     * The key under which two published times name the same occurrence (for EXDATE and RECURRENCE-ID): the day for
     * all-day events, the instant otherwise.
     */
    static Comparable<?> key(Temporal t, boolean dateOnly, ZoneId zone) {
        if (dateOnly) {
            return t instanceof LocalDate d ? d : ((ZonedDateTime) t).withZoneSameInstant(zone).toLocalDate();
        }
        return t instanceof LocalDate d ? d.atStartOfDay(zone).toInstant() : ((ZonedDateTime) t).toInstant();
    }

    /**
     * True when no rule yields a single date in the ten years after DTSTART or after the window's end, e.g.
     * "the first of the month that is also its second Sunday". iCal4j gives up on such a rule after a fixed number
     * of fruitless steps, so this stays cheap.
     */
    static boolean neverMatches(Temporal dtstart, List<String> rrules, Window window) {
        for (String rule : rrules) {
            if (dtstart instanceof LocalDate seed) {
                Recur<LocalDate> recur = new Recur<>(rule, true);
                if (!recur.getDates(seed, seed, window.until().toLocalDate().plusYears(10), 1).isEmpty()) {
                    return false;
                }
            } else {
                ZonedDateTime seed = (ZonedDateTime) dtstart;
                Recur<ZonedDateTime> recur = new Recur<>(rule, true);
                if (!recur.getDates(seed, seed, window.until().withZoneSameInstant(seed.getZone()).plusYears(10), 1)
                        .isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static LocalDate dayOf(Temporal start, ZoneId zone) {
        return start instanceof ZonedDateTime z ? z.withZoneSameInstant(zone).toLocalDate() : (LocalDate) start;
    }

    private static List<? extends Temporal> ruleDates(Temporal dtstart, String rule, Window window) {
        if (dtstart instanceof LocalDate seed) {
            Recur<LocalDate> recur = new Recur<>(rule, true);
            RecurrenceBudget.check(recur, seed, window.until(), window.until().getZone());
            return recur.getDates(seed, window.from().toLocalDate(), window.until().toLocalDate(), MAX_OCCURRENCES + 1);
        }
        ZonedDateTime seed = (ZonedDateTime) dtstart;
        Recur<ZonedDateTime> recur = new Recur<>(rule, true);
        RecurrenceBudget.check(recur, seed, window.until(), seed.getZone());
        return recur.getDates(seed, window.from().withZoneSameInstant(seed.getZone()),
                window.until().withZoneSameInstant(seed.getZone()), MAX_OCCURRENCES + 1);
    }
}

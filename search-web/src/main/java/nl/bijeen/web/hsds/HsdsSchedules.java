package nl.bijeen.web.hsds;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;

/**
 * An activity's dates as HSDS schedules. HSDS describes regular opening as RFC 5545 rules; Bijeen keeps the expanded
 * dates, so the rule is recognised again: dates on one weekday at one time, a whole number of weeks apart, become one
 * WEEKLY schedule (interval 2: every other week); the same n-th (or last) weekday of each month becomes one MONTHLY
 * schedule. Anything else is listed date by date, at most {@value #MAX_SINGLE_DATES} of them. Times carry the UTC offset
 * of the first date, as HSDS asks ("09:00+01:00").
 */
final class HsdsSchedules {

    static final int MAX_SINGLE_DATES = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mmxxx");

    private HsdsSchedules() {
    }

    /** Schedules of the dates that have not ended at {@code now}; ongoing offers get one descriptive schedule. */
    static List<ObjectNode> of(Schedule schedule, Instant now, String serviceId) {
        List<Occurrence> coming = schedule.occurrences().stream()
                .filter(o -> !o.cancelled() && !(o.end() == null ? o.start() : o.end()).toInstant().isBefore(now))
                .toList();
        if (!schedule.hasFixedDate()) {
            return List.of(base(serviceId, 0).put("description", "Doorlopend aanbod, zonder vaste datum"));
        }
        if (coming.size() >= 2 && sameTimes(coming)) {
            ObjectNode weekly = weekly(coming, serviceId);
            if (weekly != null) {
                return List.of(weekly);
            }
            ObjectNode monthly = monthly(coming, serviceId);
            if (monthly != null) {
                return List.of(monthly);
            }
        }
        List<ObjectNode> single = new ArrayList<>();
        for (int i = 0; i < Math.min(coming.size(), MAX_SINGLE_DATES); i++) {
            single.add(once(coming.get(i), serviceId, i, schedule.allDay()));
        }
        return single;
    }

    private static boolean sameTimes(List<Occurrence> dates) {
        Occurrence first = dates.getFirst();
        return dates.stream().allMatch(o -> o.start().toLocalTime().equals(first.start().toLocalTime())
                && o.start().getDayOfWeek() == first.start().getDayOfWeek()
                && java.util.Objects.equals(length(o), length(first)));
    }

    private static Duration length(Occurrence o) {
        return o.end() == null ? null : Duration.between(o.start(), o.end());
    }

    private static ObjectNode weekly(List<Occurrence> dates, String serviceId) {
        long weeks = ChronoUnit.WEEKS.between(dates.get(0).start().toLocalDate(), dates.get(1).start().toLocalDate());
        for (int i = 1; i < dates.size(); i++) {
            long days = ChronoUnit.DAYS.between(dates.get(i - 1).start().toLocalDate(), dates.get(i).start().toLocalDate());
            if (weeks < 1 || days != weeks * 7) {
                return null;
            }
        }
        return rule(dates, serviceId, "WEEKLY", weeks, byDay(dates.getFirst().start().getDayOfWeek()));
    }

    private static ObjectNode monthly(List<Occurrence> dates, String serviceId) {
        String byDay = nthWeekday(dates.getFirst().start());
        for (int i = 1; i < dates.size(); i++) {
            ZonedDateTime previous = dates.get(i - 1).start();
            ZonedDateTime start = dates.get(i).start();
            boolean nextMonth = previous.toLocalDate().withDayOfMonth(1).plusMonths(1)
                    .equals(start.toLocalDate().withDayOfMonth(1));
            if (!nextMonth || !nthWeekday(start).equals(byDay)) {
                return null;
            }
        }
        return rule(dates, serviceId, "MONTHLY", 1, byDay);
    }

    /** "2TU" for the second Tuesday, "-1TU" for a Tuesday in the last seven days of its month. */
    private static String nthWeekday(ZonedDateTime start) {
        int day = start.getDayOfMonth();
        boolean last = day + 7 > start.toLocalDate().lengthOfMonth();
        return (last && day > 28 ? "-1" : Integer.toString((day - 1) / 7 + 1)) + byDay(start.getDayOfWeek());
    }

    private static ObjectNode rule(List<Occurrence> dates, String serviceId, String freq, long interval, String byDay) {
        Occurrence first = dates.getFirst();
        ObjectNode node = base(serviceId, 0)
                .put("freq", freq).put("interval", interval).put("byday", byDay)
                .put("dtstart", first.start().toLocalDate().toString())
                .put("valid_from", first.start().toLocalDate().toString())
                .put("until", dates.getLast().start().toLocalDate().toString())
                .put("valid_to", dates.getLast().start().toLocalDate().toString());
        times(node, first);
        return node.put("description", describe(freq, interval, first));
    }

    private static ObjectNode once(Occurrence o, String serviceId, int index, boolean allDay) {
        String date = o.start().toLocalDate().toString();
        ObjectNode node = base(serviceId, index).put("dtstart", date).put("valid_from", date).put("valid_to", date);
        if (!allDay) {
            times(node, o);
        }
        return node.put("description", "Op " + date + (allDay ? " (hele dag)" : " om " + o.start().toLocalTime()));
    }

    private static void times(ObjectNode node, Occurrence o) {
        node.put("opens_at", o.start().format(TIME));
        if (o.end() != null) {
            node.put("closes_at", o.end().withZoneSameInstant(o.start().getZone()).format(TIME));
        }
        node.put("timezone", o.start().getOffset().getTotalSeconds() / 3600.0);
    }

    private static ObjectNode base(String serviceId, int index) {
        return JsonNodeFactory.instance.objectNode()
                .put("id", HsdsIds.of("schedule", serviceId + "/" + index))
                .put("service_id", serviceId);
    }

    private static String byDay(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String describe(String freq, long interval, Occurrence first) {
        String day = first.start().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("nl"));
        LocalTime at = first.start().toLocalTime();
        if (freq.equals("MONTHLY")) {
            return "Elke maand op een " + day + " om " + at;
        }
        return (interval == 1 ? "Elke " : "Om de " + interval + " weken op ") + day + " om " + at;
    }
}

package nl.bijeen.aggregator.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads the short schedule notation of world.yml:
 * {@code weekly dinsdag 10:00-12:00}, {@code biweekly donderdag 19:30-21:30},
 * {@code monthly 1 maandag 14:00-16:00} (1–4 or "laatste"), {@code once +12 14:00-16:00} (days from today, ≥ 1)
 * and {@code ongoing}.
 */
final class ScheduleParser {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "maandag", DayOfWeek.MONDAY, "dinsdag", DayOfWeek.TUESDAY, "woensdag", DayOfWeek.WEDNESDAY,
            "donderdag", DayOfWeek.THURSDAY, "vrijdag", DayOfWeek.FRIDAY, "zaterdag", DayOfWeek.SATURDAY,
            "zondag", DayOfWeek.SUNDAY);

    private ScheduleParser() {
    }

    /** @throws IllegalArgumentException with a plain explanation of what is wrong */
    static DemoSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("schedule is missing");
        }
        String[] p = text.trim().split("\\s+");
        return switch (p[0]) {
            case "weekly" -> weekly(p, 1);
            case "biweekly" -> weekly(p, 2);
            case "monthly" -> monthly(p);
            case "once" -> once(p);
            case "ongoing" -> {
                expectParts(p, 1, "ongoing");
                yield new DemoSchedule.Ongoing();
            }
            default -> throw new IllegalArgumentException("schedule '" + text
                    + "' must start with weekly, biweekly, monthly, once or ongoing");
        };
    }

    private static DemoSchedule weekly(String[] p, int interval) {
        expectParts(p, 3, p[0] + " <dag> HH:MM-HH:MM");
        LocalTime[] times = times(p[2]);
        return new DemoSchedule.Weekly(day(p[1]), interval, times[0], times[1]);
    }

    private static DemoSchedule monthly(String[] p) {
        expectParts(p, 4, "monthly <1-4|laatste> <dag> HH:MM-HH:MM");
        int nth = switch (p[1]) {
            case "1", "2", "3", "4" -> Integer.parseInt(p[1]);
            case "laatste" -> -1;
            default -> throw new IllegalArgumentException("week of the month '" + p[1] + "' must be 1-4 or laatste");
        };
        LocalTime[] times = times(p[3]);
        return new DemoSchedule.Monthly(nth, day(p[2]), times[0], times[1]);
    }

    private static DemoSchedule once(String[] p) {
        expectParts(p, 3, "once +<days from today> HH:MM-HH:MM");
        if (!p[1].matches("\\+\\d{1,3}") || Integer.parseInt(p[1].substring(1)) < 1) {
            throw new IllegalArgumentException("'" + p[1] + "' must be +N days from today, with N at least 1");
        }
        LocalTime[] times = times(p[2]);
        return new DemoSchedule.Once(Integer.parseInt(p[1].substring(1)), times[0], times[1]);
    }

    private static void expectParts(String[] p, int n, String form) {
        if (p.length != n) {
            throw new IllegalArgumentException("schedule '" + String.join(" ", p) + "' should look like '" + form + "'");
        }
    }

    private static DayOfWeek day(String name) {
        DayOfWeek day = DAYS.get(name);
        if (day == null) {
            throw new IllegalArgumentException("unknown day '" + name + "' (use maandag … zondag)");
        }
        return day;
    }

    private static LocalTime[] times(String range) {
        String[] fromTo = range.split("-");
        try {
            if (fromTo.length == 2) {
                LocalTime from = LocalTime.parse(fromTo[0]);
                LocalTime to = LocalTime.parse(fromTo[1]);
                if (to.isAfter(from)) {
                    return new LocalTime[] {from, to};
                }
            }
        } catch (DateTimeParseException e) {
            // falls through to the explanation below
        }
        throw new IllegalArgumentException("time range '" + range + "' must be HH:MM-HH:MM with the end after the start");
    }
}

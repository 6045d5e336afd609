package nl.bijeen.aggregator.demo;

import java.time.DayOfWeek;

/** RFC 5545 weekday codes. */
final class ICalDays {

    private ICalDays() {
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}

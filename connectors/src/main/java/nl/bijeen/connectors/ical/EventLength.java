package nl.bijeen.connectors.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * How long each occurrence of a VEVENT lasts, from DTEND or DURATION. All-day events without either last one day
 * (RFC 5545 §3.6.1); timed events without either have no end.
 */
final class EventLength {

    private EventLength() {
    }

    /** The length, or empty when the event has no end; a DTEND before or at DTSTART counts as no end. */
    static Optional<TemporalAmount> of(RawComponent event, Temporal start, ICalTimes times) {
        Optional<RawProperty> dtend = event.first("DTEND");
        if (dtend.isPresent()) {
            return between(start, times.read(dtend.get()), times.defaultZone());
        }
        Optional<String> duration = event.text("DURATION");
        if (duration.isPresent()) {
            return Optional.of(parseDuration(duration.get()));
        }
        return start instanceof LocalDate ? Optional.of(Period.ofDays(1)) : Optional.empty();
    }

    /** True when the event's DTEND lies before its DTSTART: a publishing mistake worth a warning. */
    static boolean endsBeforeStart(RawComponent event, Temporal start, ICalTimes times) {
        Optional<RawProperty> dtend = event.first("DTEND");
        if (dtend.isEmpty() || start instanceof LocalDate) {
            return false;
        }
        return Duration.between(zoned(start, times.defaultZone()), zoned(times.read(dtend.get()), times.defaultZone()))
                .isNegative();
    }

    /** The occurrence's end, for a start in the event's own terms. */
    static ZonedDateTime endOf(ZonedDateTime start, Temporal publishedStart, TemporalAmount length, ZoneId zone) {
        if (publishedStart instanceof LocalDate day && length instanceof Period period) {
            return day.plus(period).atStartOfDay(zone);
        }
        return start.plus(length);
    }

    private static Optional<TemporalAmount> between(Temporal start, Temporal end, ZoneId zone) {
        if (start instanceof LocalDate s && end instanceof LocalDate e) {
            return e.isAfter(s) ? Optional.of(Period.between(s, e)) : Optional.of(Period.ofDays(1));
        }
        Duration d = Duration.between(zoned(start, zone), zoned(end, zone));
        // DTEND equal to DTSTART is how several exporters say "no end time given".
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
    }

    private static ZonedDateTime zoned(Temporal t, ZoneId zone) {
        return t instanceof LocalDate d ? d.atStartOfDay(zone) : (ZonedDateTime) t;
    }

    private static TemporalAmount parseDuration(String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (v.matches("[+-]?P\\d+W")) {
                return Period.ofWeeks(Integer.parseInt(v.replaceAll("[^0-9]", "")));
            }
            if (!v.contains("T")) {
                return Period.parse(v);
            }
            return Duration.parse(v);
        } catch (DateTimeException | NumberFormatException unreadable) {
            throw new DateTimeException("DURATION \"" + value + "\" is not a duration", unreadable);
        }
    }
}

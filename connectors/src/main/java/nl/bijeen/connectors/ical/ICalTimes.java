package nl.bijeen.connectors.ical;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads DATE and DATE-TIME values: a date ({@code VALUE=DATE}, or eight digits) becomes a {@link LocalDate}; a
 * date-time becomes a {@link java.time.ZonedDateTime} in its TZID's zone, in UTC for a trailing 'Z', or in the
 * source's default zone when floating. Relaxed: ISO dashes/colons and missing seconds are accepted.
 */
final class ICalTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final Pattern ISO_PUNCTUATION = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T\\d{2}:\\d{2}(:\\d{2})?)?Z?$");

    private final ZoneResolver zones;

    ICalTimes(ZoneResolver zones) {
        this.zones = zones;
    }

    ZoneId defaultZone() {
        return zones.defaultZone();
    }

    /** The property's single value; throws {@link DateTimeException} with a readable message when it is no date. */
    Temporal read(RawProperty property) {
        return read(property.value(), property);
    }

    /** Every value of a list property (EXDATE, RDATE); periods ("start/end") count by their start. */
    List<Temporal> readList(RawProperty property) {
        List<Temporal> values = new ArrayList<>();
        for (String part : property.value().split(",")) {
            if (!part.isBlank()) {
                values.add(read(part.split("/")[0], property));
            }
        }
        return values;
    }

    private Temporal read(String rawValue, RawProperty property) {
        String value = normalise(rawValue);
        try {
            if ("DATE".equalsIgnoreCase(property.parameter("VALUE")) || value.length() == 8) {
                return LocalDate.parse(value.length() > 8 ? value.substring(0, 8) : value, DATE);
            }
            boolean utc = value.endsWith("Z") || value.endsWith("z");
            String local = utc ? value.substring(0, value.length() - 1) : value;
            if (local.length() == 13) {
                local = local + "00";
            }
            LocalDateTime dateTime = LocalDateTime.parse(local, DATE_TIME);
            return dateTime.atZone(zoneFor(utc, property.parameter("TZID")));
        } catch (DateTimeParseException unreadable) {
            throw new DateTimeException(property.name() + " \"" + rawValue.strip() + "\" is not a date", unreadable);
        }
    }

    private ZoneId zoneFor(boolean utc, String tzid) {
        if (utc) {
            return ZoneOffset.UTC;
        }
        return tzid == null || tzid.isBlank() ? zones.defaultZone() : zones.resolve(tzid);
    }

    private static String normalise(String raw) {
        String v = raw.strip();
        if (ISO_PUNCTUATION.matcher(v).matches()) {
            v = v.replace("-", "").replace(":", "");
        }
        return v;
    }
}

package nl.bijeen.connectors.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * ISO 8601 dates and date-times as feeds and schema.org publish them: with an offset ("2026-03-14T14:00:00+01:00",
 * "+0100", "Z"), without one (read in the source's zone), with a space instead of 'T', without seconds, or a date
 * only. A result is a {@link LocalDate} for a date only, otherwise a {@link ZonedDateTime}: a time with an offset
 * is shown in the source's zone (the same instant), so that "14:00+01:00" reads as 14:00 in Katwijk.
 */
public final class IsoDateTimes {

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private IsoDateTimes() {
    }

    /** The date or date-time in {@code value}, or empty when it is none of the accepted forms. */
    public static Optional<Temporal> parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return Optional.of(LocalDate.parse(v));
            }
            var parsed = DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime withOffset) {
                return Optional.of(withOffset.atZoneSameInstant(zone));
            }
            return Optional.of(((LocalDateTime) parsed).atZone(zone));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}

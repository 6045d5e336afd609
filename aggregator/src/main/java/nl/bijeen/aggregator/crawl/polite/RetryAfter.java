package nl.bijeen.aggregator.crawl.polite;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header: a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {

    /** A website cannot keep us away longer than this with one header. */
    static final Duration MAX = Duration.ofDays(7);

    private RetryAfter() {
    }

    /** The earliest time of the next attempt, or empty when the header is absent or unreadable. */
    public static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Instant at;
        if (value.matches("[0-9]{1,10}")) {
            at = now.plusSeconds(Long.parseLong(value));
        } else {
            try {
                at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Instant latest = now.plus(MAX);
        return Optional.of(at.isAfter(latest) ? latest : at.isBefore(now) ? now : at);
    }
}

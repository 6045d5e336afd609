package nl.bijeen.connectors.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One date on which an activity takes place.
 *
 * @param start     start, with the zone it was published in
 * @param end       end, or {@code null} when the source does not say
 * @param cancelled true when the source marked this occurrence (or the whole activity) as cancelled
 */
public record Occurrence(ZonedDateTime start, ZonedDateTime end, boolean cancelled) {

    public Occurrence {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("occurrence ends (" + end + ") before it starts (" + start + ")");
        }
    }
}

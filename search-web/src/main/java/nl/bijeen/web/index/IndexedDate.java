package nl.bijeen.web.index;

import java.time.Instant;

/**
 * One stored date of an activity. Kept in one stored string per date ("start|end|c") so start, end and the
 * cancelled flag of the same occurrence can never get out of step, as parallel multi-valued fields could.
 *
 * @param end {@code null} when the source gives no end time
 */
public record IndexedDate(Instant start, Instant end, boolean cancelled) {

    String encode() {
        return start.toEpochMilli() + "|" + (end == null ? "" : end.toEpochMilli()) + "|" + (cancelled ? "c" : "");
    }

    static IndexedDate decode(String stored) {
        String[] parts = stored.split("\\|", -1);
        Instant start = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        Instant end = parts[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[1]));
        return new IndexedDate(start, end, parts.length > 2 && "c".equals(parts[2]));
    }
}

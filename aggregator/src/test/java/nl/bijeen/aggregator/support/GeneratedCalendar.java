package nl.bijeen.aggregator.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An iCal feed of any number of one-off activities ("Activiteit 1", "Activiteit 2", …), all upcoming. The same
 * number and start always give the same event, so a bigger feed is a smaller one plus new events.
 */
public final class GeneratedCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Instant firstStart;

    /** Events start from tomorrow, so none is past while a test runs. */
    public GeneratedCalendar() {
        this.firstStart = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
    }

    public byte[] withEvents(int count) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bijeen test//Generated//NL\r\n");
        for (int i = 1; i <= count; i++) {
            Instant start = firstStart.plus(i * 3L, ChronoUnit.HOURS); // a start of its own: never one activity
            ics.append("BEGIN:VEVENT\r\n")
                    .append("UID:activiteit-").append(i).append("@generated.test\r\n")
                    .append("DTSTAMP:20260101T090000Z\r\n")
                    .append("DTSTART:").append(UTC.format(start)).append("\r\n")
                    .append("DTEND:").append(UTC.format(start.plus(1, ChronoUnit.HOURS))).append("\r\n")
                    .append("SUMMARY:Activiteit ").append(i).append("\r\n")
                    .append("LOCATION:Buurthuis De Kern\\, Zeeweg 12\\, Katwijk\r\n")
                    .append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package nl.bijeen.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;

/**
 * An iCal agenda of a search: one VEVENT per date of each activity within {@link #WINDOW} from today. iCal4j does
 * the escaping (commas, semicolons, backslashes, line breaks) and folds lines at 75 octets.
 *
 * <p>A UID is the activity id plus the date's start, so a calendar app that subscribes updates an event in place
 * when its title or place changes, and a cancelled date stays the same event, now marked CANCELLED.
 */
final class ICalExport {

    /** Calendar apps poll a subscription; a year of dates is more than anyone plans ahead and keeps files small. */
    static final Duration WINDOW = Duration.ofDays(366);
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    ICalExport(Clock clock) {
        this.clock = clock;
    }

    String write(String calendarName, List<ExportedActivity> activities) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Bijeen//Activiteiten in de buurt//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // The name holds the visitor's query; iCal4j escapes TEXT values, but an X- property is written as given,
        // so line breaks (which would start new lines of the file) are made spaces here.
        calendar.add(new XProperty("X-WR-CALNAME", SafeText.orEmpty(calendarName).replaceAll("[\\r\\n\\t]+", " ")));
        // Tells subscribing apps (Outlook, Apple) how often to look again.
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        Instant now = clock.instant();
        Instant until = now.plus(WINDOW);
        Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        for (ExportedActivity a : activities) {
            for (IndexedDate date : a.activity().dates()) {
                if (!date.start().isBefore(startOfToday) && date.start().isBefore(until)) {
                    calendar.add(event(a, date, now));
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            // Not validating: a strict validator rejects odd-but-harmless scraped values, and we build every
            // property ourselves from typed values.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(ExportedActivity a, IndexedDate date, Instant now) {
        IndexedActivity activity = a.activity();
        VEvent event = a.activity().allDay() ? allDay(activity.zone(), date, a.title())
                : date.end() != null && date.end().isAfter(date.start())
                ? new VEvent(date.start(), date.end(), a.title())
                : new VEvent(date.start(), a.title());
        event.add(new Uid("bijeen-" + a.id() + "-" + UID_TIME.format(date.start()) + "@bijeen.nl"));
        // iCal4j's VEvent constructors already add a DTSTAMP (of their own clock): replace it, never add a second
        event.replace(new DtStamp(now));
        String description = description(a);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (!a.place().isEmpty()) {
            event.add(new Location(a.place()));
        }
        if (activity.latitude() != null && activity.longitude() != null) {
            event.add(new Geo(BigDecimal.valueOf(activity.latitude()), BigDecimal.valueOf(activity.longitude())));
        }
        if (a.link() != null) {
            event.add(new Url(URI.create(a.link())));
        }
        if (date.cancelled() || activity.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    /** All-day dates are dates in the activity's zone; DTEND is exclusive, so a one-day event ends the next day. */
    private static VEvent allDay(ZoneId zone, IndexedDate date, String title) {
        LocalDate first = date.start().atZone(zone).toLocalDate();
        LocalDate last = date.end() == null ? first : date.end().atZone(zone).toLocalDate();
        LocalDate endExclusive = last.isAfter(first) ? last : first.plusDays(1);
        return new VEvent(first, endExclusive, title);
    }

    private static String description(ExportedActivity a) {
        StringBuilder text = new StringBuilder(a.description());
        appendLine(text, "Organisator", a.organiser());
        appendLine(text, "Kosten", a.cost());
        return text.toString().strip();
    }

    private static void appendLine(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(label).append(": ").append(value);
        }
    }
}

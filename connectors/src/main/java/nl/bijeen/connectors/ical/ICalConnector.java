package nl.bijeen.connectors.ical;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.ParserException;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * iCalendar (RFC 5545) feeds: Outlook and Exchange exports, Google Calendar, WordPress agenda plug-ins. One
 * activity per UID, with its occurrences: recurring events are expanded from the start of today up to the
 * source's horizon, and RECURRENCE-ID overrides move or cancel single occurrences. The publisher is a
 * calendar-level ORGANIZER when there is one ({@link ICalOrganiser}).
 */
public final class ICalConnector implements ActivityConnector {

    /** More VEVENTs than this in one document is not a neighbourhood agenda; the rest is reported, not read. */
    static final int MAX_EVENTS = 5_000;

    @Override
    public String format() {
        return "ical";
    }

    @Override
    public boolean supports(Document document) {
        return document.contentTypeContains("text/calendar")
                || document.head(64).regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        List<Warning> warnings = new ArrayList<>();
        RawCalendarReader.Reading reading = read(document, warnings);
        RawComponent calendar = reading.calendar();
        if (reading.brokenOff() != null) {
            warnings.add(new Warning(null, "the calendar could not be read to the end (" + reading.brokenOff()
                    + "): the events before that point are imported"));
        }
        ZoneId zone = settings.defaultZone();
        ZoneResolver zones = new ZoneResolver(calendar.children("VTIMEZONE"), zone, settings.now(), warnings::add);
        RecurrenceExpander.Window window = new RecurrenceExpander.Window(
                LocalDate.ofInstant(settings.now(), zone).atStartOfDay(zone),
                settings.now().plus(settings.horizon()).atZone(zone));
        EventMapper mapper = new EventMapper(settings.sourceId(), document.url(),
                new EventSeries(new ICalTimes(zones), window, warnings::add), warnings::add);
        List<ActivityDraft> activities = new ArrayList<>();
        for (List<RawComponent> sameUid : byUid(calendar.children("VEVENT"), warnings)) {
            try {
                mapper.map(sameUid).ifPresent(activities::add);
            } catch (RuntimeException unexpected) {
                // One odd event must not cost the others; the message says which one.
                String uid = sameUid.getFirst().text("UID").orElse("without UID");
                warnings.add(new Warning(uid, "event \"" + uid + "\" could not be read (" + unexpected.getMessage()
                        + "): skipped"));
            }
        }
        return new ParseResult(activities, warnings, ICalOrganiser.of(calendar, document.url()));
    }

    private static RawCalendarReader.Reading read(Document document, List<Warning> warnings) throws ConnectorException {
        try (Reader reader = new StringReader(CalendarInput.read(document, warnings::add))) {
            return RawCalendarReader.read(reader);
        } catch (ParserException | IOException | RuntimeException unreadable) {
            throw new ConnectorException(document.url(), "not a readable iCalendar file: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /** VEVENTs grouped by UID in document order; events without a UID stand alone. */
    private static List<List<RawComponent>> byUid(List<RawComponent> events, List<Warning> warnings) {
        Map<String, List<RawComponent>> groups = new LinkedHashMap<>();
        int index = 0;
        for (RawComponent event : events) {
            index++;
            if (index > MAX_EVENTS) {
                warnings.add(new Warning(null, "the calendar has " + events.size() + " events: only the first "
                        + MAX_EVENTS + " are read"));
                break;
            }
            String key = event.text("UID").orElse("\u0000no-uid-" + index);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        return List.copyOf(groups.values());
    }
}

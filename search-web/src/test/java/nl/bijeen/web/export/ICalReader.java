package nl.bijeen.web.export;

import java.io.StringReader;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads an export with iCal4j's own parser, as a calendar app would, into plain values for assertions. */
final class ICalReader {

    record Event(String uid, String summary, String description, String location, String geo, String url,
                 String status, String start, String stamp) {
    }

    private ICalReader() {
    }

    static Calendar calendar(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("iCal4j cannot read the export: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<Event> events(String ics) {
        List<VEvent> events = calendar(ics).getComponents(Component.VEVENT);
        return events.stream().map(e -> new Event(value(e, Property.UID), value(e, Property.SUMMARY),
                value(e, Property.DESCRIPTION), value(e, Property.LOCATION), value(e, Property.GEO),
                value(e, Property.URL), value(e, Property.STATUS), value(e, Property.DTSTART),
                value(e, Property.DTSTAMP))).toList();
    }

    static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}

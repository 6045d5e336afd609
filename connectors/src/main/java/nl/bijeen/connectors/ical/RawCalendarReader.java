package nl.bijeen.connectors.ical;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads a calendar into {@link RawComponent}s with iCal4j's lexer: relaxed unfolding (lines folded without the
 * leading space, as some exporters write them) and relaxed parsing (stray whitespace). The relaxed behaviour is
 * passed to the parser and reader instances instead of set through iCal4j's global {@code CompatibilityHints},
 * so concurrent parses and other users of iCal4j in the same JVM are not affected.
 */
final class RawCalendarReader implements ContentHandler {

    private final Deque<RawComponent> open = new ArrayDeque<>();
    private RawComponent calendar;
    private String propertyName;
    private String propertyValue;
    private Map<String, String> parameters = new LinkedHashMap<>();

    /**
     * What was read: the calendar, and when the input broke off or went wrong after some events had been read (a
     * download cut short), the reason; the events completed before that point are kept.
     */
    record Reading(RawComponent calendar, String brokenOff) {
    }

    /** The first VCALENDAR in the input. */
    static Reading read(Reader input) throws IOException, ParserException {
        RawCalendarReader handler = new RawCalendarReader();
        try {
            new CalendarParserImpl(true).parse(new UnfoldingReader(input, true), handler);
        } catch (ParserException broken) {
            RawComponent partial = handler.open.peekLast();
            if (handler.calendar == null && partial != null && !partial.children("VEVENT").isEmpty()) {
                return new Reading(partial, broken.getMessage());
            }
            throw broken;
        }
        if (handler.calendar == null) {
            throw new ParserException("no VCALENDAR found", 0);
        }
        return new Reading(handler.calendar, null);
    }

    @Override
    public void startCalendar() {
        if (calendar == null) {
            open.push(new RawComponent("VCALENDAR"));
        } else {
            open.push(new RawComponent("IGNORED-VCALENDAR"));
        }
    }

    @Override
    public void endCalendar() {
        RawComponent done = open.pop();
        if (calendar == null) {
            calendar = done;
        }
    }

    @Override
    public void startComponent(String name) {
        open.push(new RawComponent(name));
    }

    @Override
    public void endComponent(String name) {
        RawComponent done = open.pop();
        if (!open.isEmpty()) {
            open.peek().add(done);
        }
    }

    @Override
    public void startProperty(String name) {
        propertyName = name;
        propertyValue = "";
        parameters = new LinkedHashMap<>();
    }

    @Override
    public void propertyValue(String value) {
        propertyValue = value;
    }

    @Override
    public void endProperty(String name) {
        if (!open.isEmpty() && propertyName != null) {
            open.peek().add(new RawProperty(propertyName, parameters, propertyValue));
        }
        propertyName = null;
    }

    @Override
    public void parameter(String name, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        parameters.put(name.toUpperCase(Locale.ROOT), v);
    }
}

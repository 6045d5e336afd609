package nl.bijeen.connectors.ical;

import java.util.Locale;
import java.util.Map;

/**
 * One content line as published: name, parameters and the value still in iCalendar escaping. The connector reads
 * values itself instead of through iCal4j's typed properties, so that one unreadable date becomes a warning about
 * that event rather than a failure of the whole calendar.
 */
record RawProperty(String name, Map<String, String> parameters, String value) {

    RawProperty {
        name = name.toUpperCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
        value = value == null ? "" : value;
    }

    /** The parameter's value without surrounding quotes, or null. */
    String parameter(String parameterName) {
        return parameters.get(parameterName.toUpperCase(Locale.ROOT));
    }

    /** The value as text: iCalendar escapes (\n, \, \; \\) undone. */
    String text() {
        return ICalText.unescape(value);
    }
}

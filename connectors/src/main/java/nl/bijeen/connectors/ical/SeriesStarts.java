package nl.bijeen.connectors.ical;

import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Warning;

/**
 * The starts of one master VEVENT within the window: DTSTART alone for a one-off event, the RRULE/RDATE/EXDATE
 * expansion for a series. Whenever a series is cut short (the cap, a rule too costly to expand, a rule that never
 * matches) the warning names the UID and says "truncated", so that a reader of the log knows dates are missing.
 */
final class SeriesStarts {

    private final ICalTimes times;
    private final RecurrenceExpander.Window window;
    private final Consumer<Warning> warnings;

    SeriesStarts(ICalTimes times, RecurrenceExpander.Window window, Consumer<Warning> warnings) {
        this.times = times;
        this.window = window;
        this.warnings = warnings;
    }

    /** The series' starts within the window; a one-off event keeps its date even when it is past. */
    List<Temporal> of(String ref, RawComponent master, Temporal start) {
        List<String> rules = master.all("RRULE").stream().map(RawProperty::value).toList();
        List<RawProperty> rdates = master.all("RDATE");
        if (rules.isEmpty() && rdates.isEmpty()) {
            return List.of(start);
        }
        try {
            RecurrenceExpander.Expansion expansion = RecurrenceExpander.expand(start, rules,
                    rdates.stream().flatMap(p -> times.readList(p).stream()).toList(),
                    master.all("EXDATE").stream().flatMap(p -> times.readList(p).stream()).toList(),
                    window, times.defaultZone());
            if (expansion.capped()) {
                warnings.accept(new Warning(ref, "recurring event \"" + ref + "\" has more than "
                        + RecurrenceExpander.MAX_OCCURRENCES + " dates in the coming period: the series is truncated"
                        + " to the first " + RecurrenceExpander.MAX_OCCURRENCES));
            }
            if (expansion.starts().isEmpty() && rdates.isEmpty() && RecurrenceExpander.neverMatches(start, rules, window)) {
                warnings.accept(new Warning(ref, "the repetition of event \"" + ref + "\" (" + String.join("; ", rules)
                        + ") never yields a date: the series is empty and truncated to its first date"));
            }
            // A series that has ended keeps its first date, so that it is not mistaken for an ongoing offer.
            return expansion.starts().isEmpty() ? List.of(start) : expansion.starts();
        } catch (IllegalArgumentException | DateTimeException unreadableRule) {
            warnings.accept(new Warning(ref, "the repetition of event \"" + ref + "\" could not be read ("
                    + unreadableRule.getMessage() + "): the series is truncated to its first date"));
            return List.of(start);
        }
    }
}

package nl.bijeen.connectors.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.text.DateReading;
import nl.bijeen.connectors.text.DutchDates;
import nl.bijeen.connectors.text.IsoDateTimes;

/**
 * When a feed item takes place: the event module's ev:startdate/ev:enddate when present, else the date phrase in
 * the title or else the description ("zaterdag 14 maart, 14.00-16.00 uur", "morgen om 10 uur", or a recurring
 * "elke dinsdag van 10.00 tot 12.00 uur", expanded within the horizon), else no fixed date (an ongoing offer). The publication date is never the activity's date; it only tells which year a phrase without one means.
 */
final class FeedSchedule {

    /** A daily rule over a year's horizon is 365 dates; more than this is not a neighbourhood activity. */
    static final int MAX_OCCURRENCES = 200;

    private final ZoneId zone;
    private final Instant now;
    private final Duration horizon;

    FeedSchedule(ZoneId zone, Instant now, Duration horizon) {
        this.zone = zone;
        this.now = now;
        this.horizon = horizon;
    }

    Schedule of(EventModule event, String title, String descriptionText, Date published, String ref,
                Consumer<Warning> warnings) {
        if (event.hasStart()) {
            Optional<Temporal> start = IsoDateTimes.parse(event.startDate(), zone);
            if (start.isPresent()) {
                return fromEventModule(start.get(), IsoDateTimes.parse(event.endDate(), zone).orElse(null));
            }
            warnings.accept(new Warning(ref, "ev:startdate \"" + event.startDate() + "\" of item \"" + ref
                    + "\" is not a date: the date was looked for in its text instead"));
        }
        LocalDate reference = LocalDate.ofInstant(published == null ? now : published.toInstant(), zone);
        DateReading reading = DutchDates.read(title, reference);
        if (reading.isEmpty()) {
            reading = DutchDates.read(descriptionText, reference);
        } else if (reading.allDay() && !reading.isRecurring()) {
            reading = withTimesFromTheText(reading, title, descriptionText, reference);
        }
        reading.notes().forEach(note -> warnings.accept(new Warning(ref, "item \"" + ref + "\": " + note)));
        if (reading.isEmpty()) {
            return new Schedule(zone, false, List.of());
        }
        return new Schedule(zone, reading.allDay(), occurrences(reading, reference, ref, warnings));
    }

    /**
     * A title with a day but no time ("Lammetjesdag aanstaande zaterdag") often has the time at the start of the
     * text ("Van 11 tot 15 uur …"): read as one text, the same day then gets its times.
     */
    private static DateReading withTimesFromTheText(DateReading fromTitle, String title, String text,
                                                    LocalDate reference) {
        DateReading joined = DutchDates.read(title + "\n" + text, reference);
        boolean sameDay = !joined.isRecurring() && !joined.dates().isEmpty()
                && joined.dates().getFirst().date().equals(fromTitle.dates().getFirst().date());
        return sameDay ? joined : fromTitle;
    }

    /**
     * One-off dates as written; a rule expanded from the publication day (or today, when that is later: nobody
     * needs last year's Tuesdays) up to now + horizon, at most {@value #MAX_OCCURRENCES} dates.
     */
    private List<Occurrence> occurrences(DateReading reading, LocalDate reference, String ref,
                                         Consumer<Warning> warnings) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = reference.isAfter(today) ? reference : today;
        LocalDate limit = LocalDate.ofInstant(now.plus(horizon), zone).plusDays(1);
        List<Occurrence> all = reading.occurrences(zone, first, limit, MAX_OCCURRENCES + 1);
        if (all.size() > MAX_OCCURRENCES) {
            warnings.accept(new Warning(ref, "item \"" + ref + "\" repeats more than " + MAX_OCCURRENCES
                    + " times within the horizon: only the first " + MAX_OCCURRENCES + " are kept"));
            return all.subList(0, MAX_OCCURRENCES);
        }
        if (all.isEmpty() && reading.isRecurring() && reading.recurrence().namesItsDays()) {
            warnings.accept(new Warning(ref, "item \"" + ref + "\" repeats (" + reading.recurrence().rule()
                    + ") but not between " + first + " and the horizon"));
        }
        return all;
    }

    private Schedule fromEventModule(Temporal start, Temporal end) {
        if (start instanceof LocalDate day) {
            LocalDate lastDay = end instanceof LocalDate e && !e.isBefore(day) ? e : day;
            Occurrence whole = new Occurrence(day.atStartOfDay(zone), lastDay.plusDays(1).atStartOfDay(zone), false);
            return new Schedule(zone, true, List.of(whole));
        }
        ZonedDateTime from = (ZonedDateTime) start;
        ZonedDateTime until = end instanceof ZonedDateTime e && !e.isBefore(from) ? e : null;
        return new Schedule(zone, false, List.of(new Occurrence(from, until, false)));
    }
}

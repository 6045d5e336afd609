package nl.bijeen.connectors.feed;

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
import nl.bijeen.connectors.text.DateMention;
import nl.bijeen.connectors.text.DutchDates;
import nl.bijeen.connectors.text.IsoDateTimes;

/**
 * When a feed item takes place: the event module's ev:startdate/ev:enddate when present, else the first date
 * phrase in the title or the description ("zaterdag 14 maart, 14.00-16.00 uur"), else no fixed date (an ongoing
 * offer). The publication date is never the activity's date; it only tells which year a phrase without one means.
 */
final class FeedSchedule {

    private final ZoneId zone;
    private final Instant now;

    FeedSchedule(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
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
        List<DateMention> mentions = DutchDates.find(title, reference);
        if (mentions.isEmpty()) {
            mentions = DutchDates.find(descriptionText, reference);
        }
        if (mentions.isEmpty()) {
            return new Schedule(zone, false, List.of());
        }
        boolean allDay = mentions.stream().noneMatch(DateMention::hasTime);
        return new Schedule(zone, allDay, mentions.stream().map(m -> m.toOccurrence(zone)).toList());
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

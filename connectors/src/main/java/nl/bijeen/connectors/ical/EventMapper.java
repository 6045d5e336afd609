package nl.bijeen.connectors.ical;

import java.net.URI;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.text.StableIds;

/**
 * Maps the VEVENTs of one UID to one {@link ActivityDraft}: fields from the series' master event (the first
 * without RECURRENCE-ID), occurrences from all of them. An event that cannot be imported becomes a warning that
 * names its UID (or its title and position when it has none).
 */
final class EventMapper {

    private final String sourceId;
    private final URI base;
    private final EventSeries series;
    private final Consumer<Warning> warnings;

    EventMapper(String sourceId, URI base, EventSeries series, Consumer<Warning> warnings) {
        this.sourceId = sourceId;
        this.base = base;
        this.series = series;
        this.warnings = warnings;
    }

    Optional<ActivityDraft> map(List<RawComponent> sameUid) {
        List<RawComponent> masters = sameUid.stream().filter(e -> e.first("RECURRENCE-ID").isEmpty()).toList();
        List<RawComponent> overrides = sameUid.stream().filter(e -> e.first("RECURRENCE-ID").isPresent()).toList();
        if (masters.isEmpty()) {
            masters = overrides;
            overrides = List.of();
        }
        RawComponent master = masters.getFirst();
        String ref = reference(master);
        if (isPrivate(master)) {
            warnings.accept(new Warning(ref, "event \"" + ref + "\" is marked " + master.text("CLASS").orElseThrow()
                    + " (CLASS): private items are never published, skipped"));
            return Optional.empty();
        }
        if (masters.size() > 1) {
            warnings.accept(new Warning(ref, "event \"" + ref + "\" appears " + masters.size() + " times with the same"
                    + " UID: their dates are combined, the other details are taken from the first"));
        }
        EventFields fields = new EventFields(master, base);
        Optional<String> title = fields.title();
        if (title.isEmpty()) {
            warnings.accept(new Warning(ref, "event \"" + ref + "\" has no title (SUMMARY): skipped"));
            return Optional.empty();
        }
        try {
            Schedule schedule = series.schedule(ref, masters, overrides);
            String itemId = master.text("UID").orElseGet(() -> StableIds.fromContent(title.get(),
                    master.first("DTSTART").map(RawProperty::value).orElse("")));
            return Optional.of(new ActivityDraft(sourceId, itemId, title.get(), fields.description(), schedule,
                    fields.place(), fields.organiser(), List.of(), fields.themes(), null, fields.image(),
                    fields.link(), cancelled(master)));
        } catch (InvalidEventException | DateTimeException | IllegalArgumentException unreadable) {
            warnings.accept(new Warning(ref, unreadable instanceof InvalidEventException ? unreadable.getMessage()
                    : "event \"" + ref + "\" skipped: " + unreadable.getMessage()));
            return Optional.empty();
        }
    }

    /** CLASS:PUBLIC and absent are public; PRIVATE, CONFIDENTIAL and unknown values (RFC 5545: treat as PRIVATE) are not. */
    private static boolean isPrivate(RawComponent master) {
        return master.text("CLASS").filter(c -> !c.equalsIgnoreCase("PUBLIC")).isPresent();
    }

    private static ActivityDraft.Status cancelled(RawComponent master) {
        return master.text("STATUS").filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()
                ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED;
    }

    private static String reference(RawComponent event) {
        return event.text("UID").orElseGet(() -> event.text("SUMMARY").map(s -> "without UID: " + s)
                .orElse("without UID or title"));
    }
}

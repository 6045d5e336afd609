package nl.bijeen.connectors.model;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * When an activity takes place: its occurrences (a one-off event has one, a recurring one many, expanded within
 * the source's horizon) in the time zone they were published in. No occurrences means "no fixed date": an
 * ongoing offer rather than an agenda item.
 *
 * @param zone        the zone the times were published in (the source's default when the source gave none)
 * @param allDay      true when the source gave dates without times
 * @param occurrences sorted by start
 */
public record Schedule(ZoneId zone, boolean allDay, List<Occurrence> occurrences) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public Schedule {
        zone = zone == null ? AMSTERDAM : zone;
        occurrences = occurrences == null ? List.of()
                : occurrences.stream().sorted(Comparator.comparing(Occurrence::start)).toList();
    }

    public static Schedule noFixedDate() {
        return new Schedule(AMSTERDAM, false, List.of());
    }

    public boolean hasFixedDate() {
        return !occurrences.isEmpty();
    }
}

package nl.bijeen.web.search;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/** Builds stored activities for index tests, as the store would hand them out. */
final class Activities {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Activities() {
    }

    static StoredActivity activity(long id, String title, String description, ZonedDateTime... starts) {
        return activity(id, title, description, ActivityDraft.Status.SCHEDULED, starts);
    }

    static StoredActivity activity(long id, String title, String description, ActivityDraft.Status status,
                                   ZonedDateTime... starts) {
        List<Occurrence> occurrences = java.util.Arrays.stream(starts)
                .map(s -> new Occurrence(s, s.plusHours(2), false)).toList();
        ActivityDraft draft = new ActivityDraft("test-source", "item-" + id, title, new Description(description, ""),
                new Schedule(AMSTERDAM, false, occurrences),
                new Place("Buurthuis De Kern", "Zeeweg 1, Katwijk", 52.2, 4.4),
                new Organiser("Welzijn Katwijk", null, null), List.of("senioren"), List.of("ontmoeting"), "gratis",
                null, URI.create("https://example.nl/activiteit/" + id), status);
        return new StoredActivity(id, draft, Instant.EPOCH, Instant.EPOCH);
    }
}

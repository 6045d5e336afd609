package nl.bijeen.web.search;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.aggregator.dedupe.Publication;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/**
 * A stored activity with the parts the filters and facets look at, for tests that need activities that differ in
 * wijk, cost, kind, organiser, place or the sites that published them. Defaults: free, organised by "Welzijn
 * Katwijk" in De Kern (WK053702), published on "site-a", one date tomorrow afternoon.
 */
final class Listing {

    private final long id;
    private final String title;
    private String description = "";
    private String wijk = "WK053702";
    private String address = "Westerbaan 92, 2222 AH Katwijk";
    private Double lat = 52.2010;
    private Double lon = 4.4320;
    private String organiser = "Welzijn Katwijk";
    private String cost = "gratis";
    private ActivityDraft.Kind kind;
    private List<String> audiences = List.of();
    private List<String> themes = List.of();
    private final List<String> sites = new ArrayList<>(List.of("site-a"));
    private List<ZonedDateTime> starts;

    private Listing(long id, String title, ZonedDateTime start) {
        this.id = id;
        this.title = title;
        this.starts = List.of(start);
    }

    static Listing of(long id, String title, ZonedDateTime start) {
        return new Listing(id, title, start);
    }

    Listing description(String text) { description = text; return this; }
    Listing wijk(String code) { wijk = code; return this; }
    Listing at(String newAddress, Double latitude, Double longitude) {
        address = newAddress; lat = latitude; lon = longitude; return this;
    }
    Listing organiser(String name) { organiser = name; return this; }
    Listing cost(String text) { cost = text; return this; }
    Listing kind(ActivityDraft.Kind k) { kind = k; return this; }
    Listing audiences(String... ids) { audiences = List.of(ids); return this; }
    Listing themes(String... ids) { themes = List.of(ids); return this; }
    Listing alsoOn(String... siteIds) { sites.addAll(List.of(siteIds)); return this; }
    Listing onlyOn(String... siteIds) { sites.clear(); sites.addAll(List.of(siteIds)); return this; }
    Listing ongoing() { starts = List.of(); return this; }
    Listing dates(ZonedDateTime... s) { starts = List.of(s); return this; }

    StoredActivity build() {
        List<Occurrence> occurrences = starts.stream().map(s -> new Occurrence(s, s.plusHours(2), false)).toList();
        ActivityDraft draft = new ActivityDraft(sites.getFirst(), "item-" + id, title,
                new Description(description, ""), new Schedule(Activities.AMSTERDAM, false, occurrences),
                new Place("Zaal " + id, address, lat, lon, wijk, null), new Organiser(organiser, null, null),
                audiences, themes, cost, null, URI.create("https://example.nl/" + id),
                ActivityDraft.Status.SCHEDULED, kind, null);
        List<Publication> publications = sites.stream()
                .map(s -> new Publication(s, "Site " + s, id * 10 + sites.indexOf(s), URI.create("https://" + s + ".example/" + id)))
                .toList();
        return new StoredActivity(id, draft, Instant.EPOCH, Instant.EPOCH, publications);
    }
}

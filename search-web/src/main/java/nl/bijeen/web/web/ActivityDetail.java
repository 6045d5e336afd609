package nl.bijeen.web.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.micronaut.core.annotation.Introspected;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.web.index.IndexedDate;

/**
 * One activity as its own page shows it, read from the store (which has everything: all dates, the address, the
 * organiser's contact details, wheelchair access and every site it was published on). Links are http/https only.
 *
 * @param dates        every coming date, written out in Dutch, up to {@link #MAX_DATES}
 * @param moreDates    how many coming dates there are beyond those
 * @param wheelchair   "Ja", "Nee" or {@code null} when the source does not say
 * @param sites        every site it was published on, most trusted first
 */
@Introspected
public record ActivityDetail(long id, String title, String description, boolean cancelled, boolean dated,
                             List<DateLine> dates, int moreDates, String placeName, String placeAddress,
                             Double latitude, Double longitude, String wijkCode, String wijkName, String cost,
                             String wheelchair, String organiser, String organiserUrl, String organiserEmail,
                             List<String> themes, List<String> audiences, String picture, String link,
                             List<Site> sites, ActivityDraft.Kind kind) {

    static final int MAX_DATES = 60;

    /** One date line; {@code cancelled} when only this date does not go on. */
    @Introspected
    public record DateLine(String text, boolean cancelled, Instant start, Instant end) {
    }

    /** A site that published the activity; {@code link} is {@code null} when it gave none (or not http/https). */
    @Introspected
    public record Site(String name, String link) {
    }

    static ActivityDetail of(StoredActivity stored, Instant startOfToday, LocalDate today, String wijkName,
                             TaxonomyLabels labels) {
        ActivityDraft a = stored.draft();
        List<Occurrence> coming = a.schedule().occurrences().stream()
                .filter(o -> !o.start().toInstant().isBefore(startOfToday)).toList();
        List<DateLine> dates = coming.stream().limit(MAX_DATES).map(o -> {
            IndexedDate date = new IndexedDate(o.start().toInstant(), o.end() == null ? null : o.end().toInstant(),
                    o.cancelled());
            String text = DutchDates.describe(date, a.schedule().zone(), a.schedule().allDay(), today);
            return new DateLine(text, o.cancelled(), date.start(), date.end());
        }).toList();
        Place place = a.place();
        Organiser organiser = a.organiser();
        String wheelchair = a.wheelchairAccessible() == null ? null : a.wheelchairAccessible() ? "Ja" : "Nee";
        String picture = a.image() != null && "https".equalsIgnoreCase(a.image().getScheme()) ? a.image().toString()
                : ThemePictograms.first(a.themes());
        List<Site> sites = stored.publications().stream()
                .map(p -> new Site(Objects.requireNonNullElse(p.sourceName(), p.sourceId()), web(p.link())))
                .distinct().toList();
        return new ActivityDetail(stored.id(), a.title(), a.description().text().strip(),
                a.status() == ActivityDraft.Status.CANCELLED, a.schedule().hasFixedDate(), dates,
                Math.max(0, coming.size() - dates.size()),
                place == null ? null : place.name(), place == null ? null : place.address(),
                place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                place == null ? null : place.wijk(), wijkName, a.cost(), wheelchair,
                organiser == null ? null : organiser.name(), organiser == null ? null : web(organiser.url()),
                organiser == null ? null : email(organiser.email()), labels.themes(a.themes()),
                labels.audiences(a.audiences()), picture, web(a.link()), sites, a.kind());
    }

    public boolean onMap() {
        return latitude != null && longitude != null;
    }

    public boolean ownPicture() {
        return picture != null && picture.startsWith("https://");
    }

    /** "Agenda", "Etalage" or "Prikbord": the section it belongs to. */
    public String section() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String sectionLink() {
        return "/" + kind.name().toLowerCase(Locale.ROOT);
    }

    public String organiserPage() {
        return organiser == null || organiser.isBlank() ? null : ListingPages.organiserPath(organiser);
    }

    public String wijkPage() {
        return wijkCode == null ? null : ListingPages.wijkPath(wijkCode);
    }

    /** The first coming date that goes on, for the JSON-LD; {@code null} when there is none. */
    DateLine next() {
        return dates.stream().filter(d -> !d.cancelled()).findFirst().orElse(dates.isEmpty() ? null : dates.getFirst());
    }

    static String web(URI uri) {
        return uri == null ? null : web(uri.toString());
    }

    /** Only http(s) addresses become links: never "javascript:", "data:" or "file:" from a source. */
    static String web(String address) {
        if (address == null) {
            return null;
        }
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String email(String address) {
        return address != null && address.matches("[^\\s@<>\"'()]+@[^\\s@<>\"'()]+\\.[A-Za-z]{2,}") ? address : null;
    }
}

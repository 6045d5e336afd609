package nl.bijeen.web.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import io.micronaut.serde.annotation.Serdeable;

import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;

/**
 * One activity in the API. Times are ISO-8601 with the offset of the zone the source published them in.
 *
 * @param start  start of the next date, {@code null} for ongoing offers
 * @param end    end of the next date, {@code null} when unknown
 * @param dates  the next dates (a recurring activity has several)
 * @param url    the original publication: the organiser's own page about the activity
 * @param status "scheduled" or "cancelled"
 * @param source the most trusted site that published it
 * @param publishedOn every site that published it, with the activity's page there
 * @param kind   "agenda", "etalage" or "prikbord"
 * @param nextDates the first {@value #NEXT_DATES} of {@code dates}: what a result shows ("also on ...")
 * @param moreDates how many dates follow after {@code nextDates} (as far as the index keeps them)
 * @param snippet a piece of the description with the searched words in {@code <mark>}; HTML-escaped, safe to
 *                insert as HTML; null outside a search
 * @param distanceKm kilometres from the point or postcode searched near; null otherwise
 */
@Serdeable
public record ActivityJson(long id, String title, String description, String start, String end, boolean allDay,
                           List<DateJson> dates, PlaceJson place, String organiser, List<String> themes,
                           List<String> audiences, String cost, String image, String url, SourceJson source,
                           String status, List<PublishedOnJson> publishedOn, String kind, List<DateJson> nextDates,
                           int moreDates, String snippet, Double distanceKm) {

    /** Dates a result lists before "and N more". */
    public static final int NEXT_DATES = 3;

    @Serdeable
    public record DateJson(String start, String end, boolean cancelled) {

        static DateJson of(IndexedDate d, ZoneId zone) {
            return new DateJson(iso(d.start().atZone(zone)), d.end() == null ? null : iso(d.end().atZone(zone)),
                    d.cancelled());
        }
    }

    /** @param wijk the wijk's CBS code and name, or null when the place lies in no known wijk */
    @Serdeable
    public record PlaceJson(String name, String address, Double latitude, Double longitude, WijkJson wijk) {
    }

    @Serdeable
    public record WijkJson(String code, String name) {
    }

    @Serdeable
    public record SourceJson(String id) {
    }

    @Serdeable
    public record PublishedOnJson(String sourceId, String name, String url) {
    }

    static ActivityJson of(IndexedActivity a) {
        return of(a, null, null, code -> code);
    }

    /** @param wijkNames CBS code to the wijk's name */
    static ActivityJson of(IndexedActivity a, String snippet, Double distanceKm, UnaryOperator<String> wijkNames) {
        List<DateJson> dates = a.dates().stream().map(d -> DateJson.of(d, a.zone())).toList();
        DateJson next = dates.isEmpty() ? null : dates.getFirst();
        WijkJson wijk = a.wijk() == null ? null : new WijkJson(a.wijk(), wijkNames.apply(a.wijk()));
        PlaceJson place = a.placeName() == null && a.placeAddress() == null && wijk == null ? null
                : new PlaceJson(a.placeName(), a.placeAddress(), a.latitude(), a.longitude(), wijk);
        List<DateJson> nextDates = dates.subList(0, Math.min(NEXT_DATES, dates.size()));
        return new ActivityJson(a.id(), a.title(), a.description(), next == null ? null : next.start(),
                next == null ? null : next.end(), a.allDay(), dates, place, a.organiser(), a.themes(), a.audiences(),
                a.cost(), a.image(), a.link(), new SourceJson(a.sourceId()), a.status(), a.publishedOn().stream()
                        .map(p -> new PublishedOnJson(p.sourceId(), p.sourceName(), p.link())).toList(),
                a.kind(), List.copyOf(nextDates), dates.size() - nextDates.size(), snippet, distanceKm);
    }

    private static String iso(java.time.ZonedDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
}

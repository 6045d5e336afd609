package nl.bijeen.web.api;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
 */
@Serdeable
public record ActivityJson(long id, String title, String description, String start, String end, boolean allDay,
                           List<DateJson> dates, PlaceJson place, String organiser, List<String> themes,
                           List<String> audiences, String cost, String image, String url, SourceJson source,
                           String status, List<PublishedOnJson> publishedOn) {

    @Serdeable
    public record DateJson(String start, String end, boolean cancelled) {

        static DateJson of(IndexedDate d, ZoneId zone) {
            return new DateJson(iso(d.start().atZone(zone)), d.end() == null ? null : iso(d.end().atZone(zone)),
                    d.cancelled());
        }
    }

    @Serdeable
    public record PlaceJson(String name, String address, Double latitude, Double longitude) {
    }

    @Serdeable
    public record SourceJson(String id) {
    }

    @Serdeable
    public record PublishedOnJson(String sourceId, String name, String url) {
    }

    static ActivityJson of(IndexedActivity a) {
        List<DateJson> dates = a.dates().stream().map(d -> DateJson.of(d, a.zone())).toList();
        DateJson next = dates.isEmpty() ? null : dates.getFirst();
        PlaceJson place = a.placeName() == null && a.placeAddress() == null ? null
                : new PlaceJson(a.placeName(), a.placeAddress(), a.latitude(), a.longitude());
        return new ActivityJson(a.id(), a.title(), a.description(), next == null ? null : next.start(),
                next == null ? null : next.end(), a.allDay(), dates, place, a.organiser(), a.themes(), a.audiences(),
                a.cost(), a.image(), a.link(), new SourceJson(a.sourceId()), a.status(), a.publishedOn().stream()
                        .map(p -> new PublishedOnJson(p.sourceId(), p.sourceName(), p.link())).toList());
    }

    private static String iso(java.time.ZonedDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
}

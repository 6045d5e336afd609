package nl.bijeen.web.index;

import java.time.ZoneId;
import java.util.List;

/**
 * An activity as the index stores it: everything a result page or the API needs, read from stored fields.
 *
 * @param dates     the next dates as they were at indexing time (callers drop the ones that have passed since)
 * @param hasFixedDate false for ongoing offers ("Doorlopend")
 * @param status    "scheduled" or "cancelled"
 * @param sourceId  the most trusted site that published it
 * @param publishedOn every site that published it (one activity merged from several sites lists them all)
 * @param kind      "agenda", "etalage" or "prikbord"
 * @param wijk      CBS code of the wijk its place lies in, or null
 */
public record IndexedActivity(long id, String title, String description, ZoneId zone, boolean allDay,
                              boolean hasFixedDate, List<IndexedDate> dates, String placeName, String placeAddress,
                              Double latitude, Double longitude, String organiser, List<String> themes,
                              List<String> audiences, String cost, String image, String link, String sourceId,
                              String status, List<PublishedOn> publishedOn, String kind, String wijk) {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";

    public IndexedActivity {
        dates = List.copyOf(dates);
        themes = List.copyOf(themes);
        audiences = List.copyOf(audiences);
        publishedOn = publishedOn == null ? List.of() : List.copyOf(publishedOn);
    }

    public IndexedActivity withDates(List<IndexedDate> newDates) {
        return new IndexedActivity(id, title, description, zone, allDay, hasFixedDate, newDates, placeName,
                placeAddress, latitude, longitude, organiser, themes, audiences, cost, image, link, sourceId, status,
                publishedOn, kind, wijk);
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }
}

package nl.bijeen.web.web;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Introspected;

import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;

/**
 * One search result as the page shows it, with dates already written out in Dutch.
 *
 * @param when     the next date, or "Doorlopend" for ongoing offers
 * @param alsoOn   a few further dates
 * @param moreDates how many further dates there are beyond {@code alsoOn}
 * @param page      our own page about it ({@code /activiteit/{id}})
 * @param picture   its own picture (https only: an http picture would be blocked on an https site), else the
 *                  pictogram of its theme
 * @param ownPicture true when {@code picture} is the activity's own picture (cards then need its alt text)
 * @param latitude  for the map view; {@code null} when the place is not known on the map
 */
@Introspected
public record ResultView(long id, String title, String summary, String when, List<String> alsoOn, int moreDates,
                         String place, String organiser, String audiences, String cost, String link,
                         boolean cancelled, String page, String picture, boolean ownPicture, Double latitude,
                         Double longitude) {

    static final int SUMMARY_LENGTH = 240;
    static final int ALSO_ON = 3;

    public static ResultView of(IndexedActivity a, LocalDate today, TaxonomyLabels labels) {
        List<IndexedDate> dates = a.dates();
        String when = !a.hasFixedDate() ? "Doorlopend"
                : dates.isEmpty() ? "Geen nieuwe data bekend"
                : DutchDates.describe(dates.getFirst(), a.zone(), a.allDay(), today) + cancelledNote(dates.getFirst());
        List<String> alsoOn = dates.stream().skip(1).limit(ALSO_ON)
                .map(d -> DutchDates.day(d.start().atZone(a.zone()), today) + cancelledNote(d)).toList();
        int more = Math.max(0, dates.size() - 1 - alsoOn.size());
        String audiences = a.audiences().isEmpty() ? null : String.join(", ", labels.audiences(a.audiences()));
        boolean ownPicture = a.image() != null && a.image().startsWith("https://");
        String picture = ownPicture ? a.image() : ThemePictograms.first(a.themes());
        return new ResultView(a.id(), a.title(), summary(a.description()), when, alsoOn, more, place(a),
                a.organiser(), audiences, a.cost(), a.link(), a.cancelled(), ActivityDetailPage.path(a.id()), picture,
                ownPicture, a.latitude(), a.longitude());
    }

    public boolean onMap() {
        return latitude != null && longitude != null;
    }

    /** One date of a series can be cancelled while the activity itself goes on. */
    private static String cancelledNote(IndexedDate date) {
        return date.cancelled() ? " (gaat niet door)" : "";
    }

    private static String place(IndexedActivity a) {
        if (a.placeName() == null) {
            return a.placeAddress();
        }
        return a.placeAddress() == null ? a.placeName() : a.placeName() + ", " + a.placeAddress();
    }

    /** The start of the description, cut at a word boundary; its line breaks stay (the page shows them). */
    public static String summary(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("[\\h\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\\n[\\s]*", "\n");
        if (clean.length() <= SUMMARY_LENGTH) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', SUMMARY_LENGTH);
        return clean.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
    }
}

package nl.bijeen.web.export;

import java.util.List;

import nl.bijeen.web.index.IndexedActivity;

/**
 * One activity as the exports need it: what the index stores, plus the details only the store keeps (the wijk and
 * the organiser's contact details), all already cleaned of control characters and unsafe links.
 *
 * @param activity       as the index stores it, with only the dates from today on
 * @param wijk           the wijk's name ("Katwijk aan Zee"), or {@code null} when unknown
 * @param organiserUrl   the organiser's website (http/https only), or {@code null}
 * @param organiserEmail the organiser's e-mail address, or {@code null}
 * @param themeLabels    the Dutch names of its themes
 */
public record ExportedActivity(IndexedActivity activity, String wijk, String organiserUrl, String organiserEmail,
                               List<String> themeLabels) {

    public ExportedActivity {
        themeLabels = List.copyOf(themeLabels);
    }

    public long id() {
        return activity.id();
    }

    public String title() {
        return SafeText.orEmpty(activity.title());
    }

    public String description() {
        return SafeText.orEmpty(activity.description());
    }

    /** "Buurthuis De Kern, Zeeweg 12, Katwijk", or "" when the source gives no place. */
    public String place() {
        String name = SafeText.clean(activity.placeName());
        String address = SafeText.clean(activity.placeAddress());
        if (name == null || name.isEmpty()) {
            return address == null ? "" : address;
        }
        return address == null || address.isEmpty() || name.equals(address) ? name : name + ", " + address;
    }

    public String organiser() {
        return SafeText.orEmpty(activity.organiser());
    }

    public String cost() {
        return SafeText.orEmpty(activity.cost());
    }

    /** The activity's page at the organiser's site (http/https only), or {@code null}. */
    public String link() {
        return SafeText.webLink(activity.link());
    }

    /** The names of every site it was published on. */
    public List<String> sites() {
        return activity.publishedOn().stream().map(p -> SafeText.orEmpty(p.sourceName())).distinct().toList();
    }
}

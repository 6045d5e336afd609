package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Place;

/**
 * What deduplication needs of one source item, computed once: its keys for blocking and the normalised parts the
 * {@link Similarity} compares. Built from the stored draft, so the same item always gives the same keys.
 *
 * @param id          the store's id of the source item
 * @param sourceId    the source that published it: two items of one source are never merged automatically
 * @param starts      local start minute-of-day per local date (the first start that day), in Europe/Amsterdam;
 *                    empty for an ongoing offer; a minute of -1 means "all day" (no time published)
 * @param titleTokens meaningful title words
 * @param titleGrams  letter trigrams of the title
 * @param placeTokens meaningful words of the place name and street, empty when unknown
 * @param placeGrams  letter trigrams of the place name (and street), empty when unknown
 * @param latitude    WGS84 or null
 * @param longitude   WGS84 or null
 * @param organiserGrams letter trigrams of the organiser's name, empty when unknown
 * @param regions     the municipality (from the wijk code) and the town (from the address), "?" when neither is
 *                    known; blocking only compares items that share a region
 */
public record DedupeItem(long id, String sourceId, TreeMap<LocalDate, Integer> starts, List<String> titleTokens,
                         Set<String> titleGrams, List<String> placeTokens, Set<String> placeGrams, Double latitude,
                         Double longitude,
                         Set<String> organiserGrams, Set<String> regions) {

    static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");
    static final int ALL_DAY = -1;

    public static DedupeItem of(long id, ActivityDraft draft) {
        List<String> title = TextKeys.tokens(draft.title());
        Place place = draft.place();
        List<String> placeTokens = place == null ? List.of() : TextKeys.tokens(placeText(place));
        List<String> organiser = draft.organiser() == null ? List.of() : TextKeys.tokens(draft.organiser().name());
        return new DedupeItem(id, draft.sourceId(), starts(draft), List.copyOf(title),
                Set.copyOf(TextKeys.trigrams(title)), List.copyOf(placeTokens),
                Set.copyOf(TextKeys.trigrams(placeTokens)),
                place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                Set.copyOf(TextKeys.trigrams(organiser)), regions(place));
    }

    public boolean ongoing() {
        return starts.isEmpty();
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The name and street of the place; the town is left out, as nearly every place shares it. */
    private static String placeText(Place place) {
        String street = place.address() == null ? "" : place.address().split(",")[0];
        return (place.name() == null ? "" : place.name()) + " " + street;
    }

    /**
     * Where the item is, coarsely: CBS wijk codes are "WK" + municipality code (4) + wijk number (2), and the
     * address ends in the town. Both are kept, as one source may give a wijk and another only an address.
     */
    private static Set<String> regions(Place place) {
        Set<String> regions = new HashSet<>();
        if (place != null && place.wijk() != null && place.wijk().length() >= 6) {
            regions.add("gm" + place.wijk().substring(2, 6));
        }
        if (place != null && place.address() != null && place.address().contains(",")) {
            String town = TextKeys.fold(place.address().substring(place.address().lastIndexOf(',') + 1))
                    .replaceAll("\\d{4}\\s?[a-z]{2}\\b", "").strip();
            if (!town.isEmpty()) {
                regions.add(town);
            }
        }
        return regions.isEmpty() ? Set.of("?") : Set.copyOf(regions);
    }

    private static TreeMap<LocalDate, Integer> starts(ActivityDraft draft) {
        TreeMap<LocalDate, Integer> starts = new TreeMap<>();
        boolean allDay = draft.schedule().allDay();
        for (Occurrence occurrence : draft.schedule().occurrences()) {
            if (occurrence.cancelled() && draft.schedule().occurrences().size() > 1) {
                continue; // a cancelled date of a series says nothing about when the series meets
            }
            var local = occurrence.start().withZoneSameInstant(LOCAL);
            int minute = allDay ? ALL_DAY : local.getHour() * 60 + local.getMinute();
            starts.putIfAbsent(local.toLocalDate(), minute);
        }
        return starts;
    }

    /** Dates both items take place on. */
    Set<LocalDate> sharedDates(DedupeItem other) {
        Set<LocalDate> shared = new HashSet<>();
        TreeMap<LocalDate, Integer> small = starts.size() <= other.starts.size() ? starts : other.starts;
        TreeMap<LocalDate, Integer> large = small == starts ? other.starts : starts;
        for (LocalDate date : small.keySet()) {
            if (large.containsKey(date)) {
                shared.add(date);
            }
        }
        return shared;
    }
}

package nl.bijeen.aggregator.dedupe;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * @param ends        local end minute-of-day per local date, where the source gives an end on that same day
 * @param titleTokens meaningful title words
 * @param descriptionWords the first meaningful words of the description, cut to their first five letters (a crude
 *                    stem: "telefoon" and "telefoons" agree), empty when there is none
 * @param titleGrams  letter trigrams of the title
 * @param placeTokens meaningful words of the place name and street, empty when unknown
 * @param placeGrams  letter trigrams of the place name (and street), empty when unknown
 * @param latitude    WGS84 or null
 * @param longitude   WGS84 or null
 * @param organiserGrams letter trigrams of the organiser's name, empty when unknown
 * @param regions     the municipality (from the wijk code) and the town (from the address), "?" when neither is
 *                    known; blocking only compares items that share a region
 */
public record DedupeItem(long id, String sourceId, TreeMap<LocalDate, Integer> starts, Map<LocalDate, Integer> ends,
                         List<String> titleTokens, Set<String> descriptionWords,
                         Set<String> titleGrams, List<String> placeTokens, Set<String> placeGrams, Double latitude,
                         Double longitude,
                         Set<String> organiserGrams, Set<String> regions) {

    static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");
    static final int ALL_DAY = -1;
    /** Enough words to characterise a description; a long text's tail adds noise, not evidence. */
    private static final int DESCRIPTION_WORDS = 40;
    private static final int DESCRIPTION_STEM = 5;

    public static DedupeItem of(long id, ActivityDraft draft) {
        Place place = draft.place();
        List<String> placeTokens = place == null ? List.of() : TextKeys.tokens(placeText(place));
        List<String> title = withoutPlace(TextKeys.tokens(draft.title()), placeTokens);
        List<String> organiser = draft.organiser() == null ? List.of() : TextKeys.tokens(draft.organiser().name());
        TreeMap<LocalDate, Integer> starts = new TreeMap<>();
        Map<LocalDate, Integer> ends = new HashMap<>();
        times(draft, starts, ends);
        return new DedupeItem(id, draft.sourceId(), starts, Map.copyOf(ends), List.copyOf(title),
                descriptionWords(draft.description().text()),
                Set.copyOf(TextKeys.trigrams(title)), List.copyOf(placeTokens),
                Set.copyOf(TextKeys.trigrams(placeTokens)),
                place == null ? null : place.latitude(), place == null ? null : place.longitude(),
                Set.copyOf(TextKeys.trigrams(organiser)), regionsOf(place));
    }

    public boolean ongoing() {
        return starts.isEmpty();
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /**
     * The title without the words of its own place: "Vrijwilligerscafé in De Visafslag" is the same title as
     * "Vrijwilligerscafé", and two activities of one venue that both name it in their title are not alike for
     * that. The place still counts, through the place score. A title that is only its place keeps its words.
     */
    private static List<String> withoutPlace(List<String> title, List<String> placeTokens) {
        List<String> kept = title.stream().filter(t -> !placeTokens.contains(t)).toList();
        return kept.isEmpty() ? title : kept;
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
    public static Set<String> regionsOf(Place place) {
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

    private static void times(ActivityDraft draft, TreeMap<LocalDate, Integer> starts, Map<LocalDate, Integer> ends) {
        boolean allDay = draft.schedule().allDay();
        for (Occurrence occurrence : draft.schedule().occurrences()) {
            if (occurrence.cancelled() && draft.schedule().occurrences().size() > 1) {
                continue; // a cancelled date of a series says nothing about when the series meets
            }
            var start = occurrence.start().withZoneSameInstant(LOCAL);
            LocalDate date = start.toLocalDate();
            if (starts.containsKey(date)) {
                continue;
            }
            starts.put(date, allDay ? ALL_DAY : minuteOfDay(start));
            if (!allDay && occurrence.end() != null) {
                var end = occurrence.end().withZoneSameInstant(LOCAL);
                if (end.toLocalDate().equals(date)) {
                    ends.put(date, minuteOfDay(end));
                }
            }
        }
    }

    private static int minuteOfDay(java.time.ZonedDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static Set<String> descriptionWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : TextKeys.tokens(text)) {
            if (token.length() >= 4) {
                words.add(token.length() > DESCRIPTION_STEM ? token.substring(0, DESCRIPTION_STEM) : token);
                if (words.size() == DESCRIPTION_WORDS) {
                    break;
                }
            }
        }
        return Set.copyOf(words);
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

package nl.bijeen.web.search;

import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.IndexedActivity;

/**
 * @param query      the query as it was searched (trimmed; empty for "everything upcoming")
 * @param total      how many activities match in all, not only the ones returned
 * @param activities the first {@code limit} matches, best first (or soonest first without a query); one entry per
 *                   activity however many dates it has: its {@code dates()} are the next ones
 * @param text       the words that were searched as text, after the filters were read out of the query
 * @param filters    what the query was understood to filter on (place, audience, theme, date): chips to show
 * @param relaxed    how the query was loosened because the exact one found nothing; {@link Relaxation#NONE} if not
 * @param facets     counts per filter value over all {@code total} results; {@link Facets#NONE} from
 *                   {@link ActivitySearch#search(String, int, int)}
 * @param snippets   per activity id, a piece of its description with the searched words in {@code <mark>}, HTML
 *                   escaped and safe to insert as is; empty from {@link ActivitySearch#search(String, int, int)}
 * @param distancesKm per activity id (with a known place), kilometres from {@code near}; empty without it
 * @param near       the point a "near" search was measured from (a postcode resolved), or null
 */
public record SearchResult(String query, long total, List<IndexedActivity> activities, String text,
                           List<QueryFilter> filters, Relaxation relaxed, Facets facets, Map<Long, String> snippets,
                           Map<Long, Double> distancesKm, GeoPoint near) {

    /** How a query that found nothing was loosened, so the page can say so. */
    public enum Relaxation {
        /** The query was searched as typed. */
        NONE,
        /** Not every word was found together: activities with any of the words are shown. */
        ANY_WORD,
        /** Nothing matched the words within the filters: everything within the filters, best matching first. */
        WORDS_OPTIONAL,
        /**
         * Nothing matched with the filters read from the query: they were dropped and any word will do. Filters
         * chosen explicitly ({@link SearchRequest}) are never dropped.
         */
        WITHOUT_FILTERS
    }

    public SearchResult {
        activities = List.copyOf(activities);
        filters = List.copyOf(filters);
        facets = facets == null ? Facets.NONE : facets;
        snippets = snippets == null ? Map.of() : Map.copyOf(snippets);
        distancesKm = distancesKm == null ? Map.of() : Map.copyOf(distancesKm);
    }

    public SearchResult(String query, long total, List<IndexedActivity> activities, String text,
                        List<QueryFilter> filters, Relaxation relaxed) {
        this(query, total, activities, text, filters, relaxed, Facets.NONE, Map.of(), Map.of(), null);
    }

    /** A result searched as typed, without filters read from the query. */
    public SearchResult(String query, long total, List<IndexedActivity> activities) {
        this(query, total, activities, query, List.of(), Relaxation.NONE);
    }

    /** The highlighted snippet of this result (safe HTML), or null when there is none. */
    public String snippet(IndexedActivity activity) {
        return snippets.get(activity.id());
    }

    /** Kilometres from the "near" point, or null without one or when the activity's place is unknown. */
    public Double distanceKm(IndexedActivity activity) {
        return distancesKm.get(activity.id());
    }
}

package nl.bijeen.web.search;

import java.util.List;

import nl.bijeen.web.index.IndexedActivity;

/**
 * @param query      the query as it was searched (trimmed; empty for "everything upcoming")
 * @param total      how many activities match in all, not only the ones returned
 * @param activities the first {@code limit} matches, best first (or soonest first without a query)
 * @param text       the words that were searched as text, after the filters were read out of the query
 * @param filters    what the query was understood to filter on (place, audience, theme, date): chips to show
 * @param relaxed    how the query was loosened because the exact one found nothing; {@link Relaxation#NONE} if not
 */
public record SearchResult(String query, long total, List<IndexedActivity> activities, String text,
                           List<QueryFilter> filters, Relaxation relaxed) {

    /** How a query that found nothing was loosened, so the page can say so. */
    public enum Relaxation {
        /** The query was searched as typed. */
        NONE,
        /** Not every word was found together: activities with any of the words are shown. */
        ANY_WORD,
        /** Nothing matched the words within the filters: everything within the filters, best matching first. */
        WORDS_OPTIONAL,
        /** Nothing matched with the filters read from the query: they were dropped and any word will do. */
        WITHOUT_FILTERS
    }

    public SearchResult {
        activities = List.copyOf(activities);
        filters = List.copyOf(filters);
    }

    /** A result searched as typed, without filters read from the query. */
    public SearchResult(String query, long total, List<IndexedActivity> activities) {
        this(query, total, activities, query, List.of(), Relaxation.NONE);
    }
}

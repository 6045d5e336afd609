package nl.bijeen.web.search;

import java.util.List;

import nl.bijeen.web.index.IndexedActivity;

/**
 * @param query      the query as it was searched (trimmed; empty for "everything upcoming")
 * @param total      how many activities match in all, not only the ones returned
 * @param activities the first {@code limit} matches, best first (or soonest first without a query)
 */
public record SearchResult(String query, long total, List<IndexedActivity> activities) {

    public SearchResult {
        activities = List.copyOf(activities);
    }
}

package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

import nl.bijeen.web.search.Facets;
import nl.bijeen.web.search.QueryFilter;
import nl.bijeen.web.search.SearchResult;

/**
 * @param query      the search as understood (trimmed); empty lists everything upcoming
 * @param total      how many activities match in all
 * @param offset     how many were skipped before the first one here
 * @param limit      how many were asked for
 * @param activities at most {@code limit} of them, starting after {@code offset}; one per activity, with its next
 *                   dates
 * @param facets     per filter, its values with how many of all {@code total} results have them
 * @param filters    what was read from {@code q} as a filter (a place, audience, theme or date): chips, each with
 *                   the query without it
 * @param relaxed    NONE, ANY_WORD, WORDS_OPTIONAL or WITHOUT_FILTERS: how the search was loosened because the
 *                   exact one found nothing
 * @param relaxedMessage the same in plain Dutch for residents; null when nothing was loosened
 * @param near       the point searched near (a postcode's centre), or null
 */
@Serdeable
public record ActivitiesResponse(String query, long total, int offset, int limit, List<ActivityJson> activities,
                                 Facets facets, List<FilterJson> filters, String relaxed, String relaxedMessage,
                                 PointJson near) {

    /** A chip: what part of the query became a filter, and the query without it (the chip's remove link). */
    @Serdeable
    public record FilterJson(String kind, String label, String phrase, List<String> values, String from,
                             String until, String queryWithout) {

        static FilterJson of(QueryFilter f) {
            return new FilterJson(f.kind().name().toLowerCase(java.util.Locale.ROOT), f.label(), f.phrase(),
                    f.values(), f.from() == null ? null : f.from().toString(),
                    f.until() == null ? null : f.until().toString(), f.queryWithout());
        }
    }

    @Serdeable
    public record PointJson(double latitude, double longitude) {
    }

    static String message(SearchResult.Relaxation relaxed) {
        return switch (relaxed) {
            case NONE -> null;
            case ANY_WORD -> "Er was niets met al uw woorden samen. Dit zijn activiteiten met een deel van de woorden.";
            case WORDS_OPTIONAL -> "Er was niets met deze woorden. Dit zijn andere activiteiten die bij uw keuze passen.";
            case WITHOUT_FILTERS -> "Er was niets voor deze plaats, groep, soort of dag. Dit zijn activiteiten die "
                    + "wel bij uw woorden passen.";
        };
    }
}

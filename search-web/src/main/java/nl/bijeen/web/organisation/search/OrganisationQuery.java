package nl.bijeen.web.organisation.search;

import java.util.List;

/**
 * A search of the organisation directory. Within a dimension any chosen value will do (theme "ontmoeten" or
 * "bewegen"); across dimensions all must hold (that theme and in that wijk).
 *
 * @param text      words typed; blank lists everything
 * @param themes    taxonomy theme codes
 * @param audiences taxonomy audience codes
 * @param wijken    CBS wijk codes
 * @param kinds     {@code OrganisationKind} codes
 * @param sort      order of the hits; {@code null}: relevance with words, name without
 * @param offset    hits to skip, 0 to {@link #MAX_OFFSET}
 * @param limit     hits to return, 1 to {@link #MAX_LIMIT}
 */
public record OrganisationQuery(String text, List<String> themes, List<String> audiences, List<String> wijken,
                                List<String> kinds, Sort sort, int offset, int limit) {

    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_LIMIT = 1_000;

    public enum Sort { RELEVANCE, NAME }

    public OrganisationQuery {
        text = text == null ? "" : text.strip();
        themes = clean(themes);
        audiences = clean(audiences);
        wijken = clean(wijken);
        kinds = clean(kinds);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be from 0 to " + MAX_OFFSET + ", was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Everything, sorted by name: the first {@code limit}. */
    public static OrganisationQuery all(int limit) {
        return new OrganisationQuery("", List.of(), List.of(), List.of(), List.of(), null, 0, limit);
    }

    /** The order actually used: relevance only makes sense when words were typed. */
    public Sort effectiveSort() {
        if (sort != null) {
            return text.isEmpty() ? Sort.NAME : sort;
        }
        return text.isEmpty() ? Sort.NAME : Sort.RELEVANCE;
    }

    public OrganisationQuery withPage(int newOffset, int newLimit) {
        return new OrganisationQuery(text, themes, audiences, wijken, kinds, sort, newOffset, newLimit);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}

package nl.bijeen.web.search;

import java.time.Instant;
import java.util.List;

/**
 * A filter read from the words someone typed ("in Rijnsburg", "voor ouderen", "dit weekend"), for the page to show as
 * a removable chip.
 *
 * @param kind          what the filter is on
 * @param label         Dutch text for the chip ("Rijnsburg", "Senioren", "dit weekend")
 * @param phrase        the words of the query it was read from, as typed
 * @param values        wijk codes (WIJK), audience or theme ids; empty for DATE
 * @param from          DATE only: first instant (inclusive)
 * @param until         DATE only: end (exclusive)
 * @param queryWithout  the query with this phrase taken out: the link behind the chip's "remove"
 */
public record QueryFilter(Kind kind, String label, String phrase, List<String> values, Instant from, Instant until,
                          String queryWithout) {

    public enum Kind { WIJK, AUDIENCE, THEME, DATE }

    public QueryFilter {
        values = List.copyOf(values);
    }
}

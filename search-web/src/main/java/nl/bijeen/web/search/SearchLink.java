package nl.bijeen.web.search;

import static nl.bijeen.web.search.SearchParameters.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A search as query-string parameters ({@link SearchParameters}), to link to the same search with one filter more
 * or less, on another page or view, or as an export. Immutable; values are URL-encoded only when written, so nothing
 * a visitor typed can break out of a link. The order of the parameters is fixed, so equal searches give equal links.
 */
public final class SearchLink {

    private final Map<String, List<String>> params;

    private SearchLink(Map<String, List<String>> params) {
        this.params = params;
    }

    public static SearchLink empty() {
        return new SearchLink(new LinkedHashMap<>());
    }

    /** The parameters that ask for {@code request} again, without paging. */
    public static SearchLink of(SearchRequest request) {
        SearchLink link = empty().with(Q, request.q());
        link = addAll(link, AUDIENCE, request.audiences());
        link = addAll(link, THEME, request.themes());
        link = addAll(link, WIJK, request.wijken());
        link = addAll(link, ORGANISER, request.organisers());
        link = addAll(link, SOURCE, request.sources());
        for (SearchRequest.Kind kind : request.kinds()) {
            link = link.with(KIND, valueOf(KINDS, kind));
        }
        if (request.cost() != null) {
            link = link.with(COST, valueOf(COSTS, request.cost()));
        }
        link = withDate(link, request.date());
        link = withNear(link, request.near());
        return request.sort() == null ? link : link.with(SORT, valueOf(SORTS, request.sort()));
    }

    private static SearchLink withDate(SearchLink link, SearchRequest.DateFilter date) {
        if (date == null) {
            return link;
        }
        if (date.period() != SearchRequest.Period.RANGE) {
            return link.with(DATE, valueOf(PERIODS, date.period()));
        }
        SearchLink ranged = date.from() == null ? link : link.with(FROM, date.from().toString());
        return date.to() == null ? ranged : ranged.with(TO, date.to().toString());
    }

    private static SearchLink withNear(SearchLink link, SearchRequest.Near near) {
        if (near == null) {
            return link;
        }
        SearchLink at = near.postcode() != null ? link.with(POSTCODE, near.postcode().strip())
                : link.with(LAT, Double.toString(near.latitude())).with(LON, Double.toString(near.longitude()));
        return at.with(RADIUS, number(near.radiusKm()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static SearchLink addAll(SearchLink link, String name, List<String> values) {
        SearchLink result = link;
        for (String value : values) {
            result = result.with(name, value);
        }
        return result;
    }

    /** This search with one more value of {@code name} (blank values are left out). */
    public SearchLink with(String name, String value) {
        if (value == null || value.isBlank() || has(name, value)) {
            return this;
        }
        Map<String, List<String>> copy = copy();
        copy.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return new SearchLink(copy);
    }

    /** This search without that one value of {@code name}. */
    public SearchLink without(String name, String value) {
        Map<String, List<String>> copy = copy();
        List<String> values = copy.get(name);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                copy.remove(name);
            }
        }
        return new SearchLink(copy);
    }

    /** This search without any value of these names. */
    public SearchLink withoutAll(String... names) {
        Map<String, List<String>> copy = copy();
        for (String name : names) {
            copy.remove(name);
        }
        return new SearchLink(copy);
    }

    /** This search with {@code name} set to just {@code value} (or removed when blank). */
    public SearchLink set(String name, String value) {
        return withoutAll(name).with(name, value);
    }

    public boolean has(String name, String value) {
        return params.getOrDefault(name, List.of()).contains(value);
    }

    public List<String> values(String name) {
        return List.copyOf(params.getOrDefault(name, List.of()));
    }

    /** Each name with each of its values, in order. */
    public void forEach(BiConsumer<String, String> action) {
        params.forEach((name, values) -> values.forEach(v -> action.accept(name, v)));
    }

    /** The encoded query string without "?", empty when nothing is asked. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        forEach((name, value) -> parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** {@code path} with this search: "/export/agenda.ics?q=koffie", or just the path when nothing is asked. */
    public String at(String path) {
        String query = queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchLink other && params.equals(other.params);
    }

    @Override
    public int hashCode() {
        return params.hashCode();
    }

    @Override
    public String toString() {
        return queryString();
    }
}

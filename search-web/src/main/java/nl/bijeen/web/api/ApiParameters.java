package nl.bijeen.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.http.HttpParameters;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchRequest;

/**
 * Reads the query parameters of {@code /api/activities} into a {@link SearchRequest}. Every wrong value is refused
 * with an {@link InvalidSearchException} naming the parameter and saying in plain Dutch what is allowed; the
 * parameters are read as text so no framework message in another language reaches the client.
 */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_QUERY_LENGTH = 200;
    /** Enough for any real facet selection; a longer list is a mistake or an attempt to make the query huge. */
    static final int MAX_VALUES = 50;

    private static final Map<String, SearchRequest.Period> PERIODS = Map.of(
            "today", SearchRequest.Period.TODAY, "this-week", SearchRequest.Period.THIS_WEEK,
            "this-weekend", SearchRequest.Period.THIS_WEEKEND);
    private static final Map<String, SearchRequest.Sort> SORTS = Map.of(
            "relevance", SearchRequest.Sort.RELEVANCE, "date", SearchRequest.Sort.DATE,
            "distance", SearchRequest.Sort.DISTANCE);
    private static final Map<String, SearchRequest.Cost> COSTS = Map.of(
            "gratis", SearchRequest.Cost.GRATIS, "betaald", SearchRequest.Cost.BETAALD);
    private static final Map<String, SearchRequest.Kind> KINDS = Map.of(
            "agenda", SearchRequest.Kind.AGENDA, "etalage", SearchRequest.Kind.ETALAGE,
            "prikbord", SearchRequest.Kind.PRIKBORD);

    private ApiParameters() {
    }

    static SearchRequest read(HttpParameters p) {
        String q = p.get("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("q", "q is te lang: hoogstens " + MAX_QUERY_LENGTH + " tekens, niet "
                    + q.length() + ".");
        }
        SearchRequest.Builder b = SearchRequest.builder().q(q)
                .limit(wholeNumber(p, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT))
                .offset(wholeNumber(p, "offset", 0, 0, ActivitySearch.MAX_OFFSET))
                .audiences(all(p, "audience")).themes(all(p, "theme")).wijken(all(p, "wijk"))
                .organisers(all(p, "organiser")).sources(all(p, "source"))
                .kinds(all(p, "kind").stream().map(k -> oneOf("kind", k, KINDS)).toList());
        String cost = p.get("cost");
        if (cost != null && !cost.isBlank()) {
            b.cost(oneOf("cost", cost, COSTS));
        }
        b.date(date(p));
        b.near(near(p));
        String sort = p.get("sort");
        if (sort != null && !sort.isBlank()) {
            b.sort(oneOf("sort", sort, SORTS));
        }
        return b.build();
    }

    private static SearchRequest.DateFilter date(HttpParameters p) {
        String when = p.get("date");
        LocalDate from = day(p, "from");
        LocalDate to = day(p, "to");
        if (when != null && !when.isBlank()) {
            if (from != null || to != null) {
                throw new InvalidSearchException("date", "Gebruik date of from/to, niet allebei.");
            }
            return SearchRequest.DateFilter.of(oneOf("date", when, PERIODS));
        }
        return from == null && to == null ? null : SearchRequest.DateFilter.range(from, to);
    }

    private static SearchRequest.Near near(HttpParameters p) {
        Double lat = decimal(p, "lat");
        Double lon = decimal(p, "lon");
        String postcode = p.get("postcode");
        boolean hasPostcode = postcode != null && !postcode.isBlank();
        Double radius = decimal(p, "radius");
        if (lat == null && lon == null && !hasPostcode) {
            if (radius != null) {
                throw new InvalidSearchException("radius", "radius werkt alleen samen met postcode of lat en lon.");
            }
            return null;
        }
        if (hasPostcode && (lat != null || lon != null)) {
            throw new InvalidSearchException("postcode", "Gebruik postcode of lat en lon, niet allebei.");
        }
        double km = radius == null ? SearchRequest.DEFAULT_RADIUS_KM : radius;
        return new SearchRequest.Near(lat, lon, hasPostcode ? postcode : null, km);
    }

    static int wholeNumber(HttpParameters p, String name, int absent, int min, int max) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the same message as for a number out of range
        }
        throw new InvalidSearchException(name, name + " moet een heel getal van " + min + " tot " + max
                + " zijn, niet \"" + value + "\".");
    }

    private static Double decimal(HttpParameters p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidSearchException(name, name + " moet een getal met een punt zijn, zoals 52.2, niet \""
                + value + "\".");
    }

    private static LocalDate day(HttpParameters p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(name, name + " moet een datum zijn als 2026-12-24 (jaar-maand-dag), niet \""
                    + value + "\".");
        }
    }

    private static List<String> all(HttpParameters p, String name) {
        List<String> values = p.getAll(name);
        if (values.size() > MAX_VALUES) {
            throw new InvalidSearchException(name, "Hoogstens " + MAX_VALUES + " waarden voor " + name + ".");
        }
        return values;
    }

    private static <T> T oneOf(String name, String value, Map<String, T> allowed) {
        T found = allowed.get(value.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new InvalidSearchException(name, name + " kan zijn: " + String.join(", ",
                    allowed.keySet().stream().sorted().toList()) + "; niet \"" + value + "\".");
        }
        return found;
    }
}

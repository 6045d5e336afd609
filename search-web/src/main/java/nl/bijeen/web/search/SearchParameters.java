package nl.bijeen.web.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The query-string form of a {@link SearchRequest}, one for the whole application: {@code /?theme=bewegen&date=this-week},
 * {@code /export/agenda.ics?theme=bewegen&date=this-week} and {@code /api/activities?theme=bewegen&date=this-week}
 * are the same search, so a page's search can be exported or asked of the API by copying its parameters.
 * Paging ({@code offset}/{@code limit} in the API, {@code pagina} on pages) is the caller's.
 *
 * <p>Values are read as text so every wrong one gets a plain Dutch message naming the parameter, not a framework
 * message. {@link #read} refuses the first wrong value (API, exports: a calendar app must not silently get another
 * list); {@link #readLeniently} leaves wrong values out and reports them (pages: a visitor never gets an error page).
 */
public final class SearchParameters {

    public static final String Q = "q";
    public static final String AUDIENCE = "audience";
    public static final String THEME = "theme";
    public static final String WIJK = "wijk";
    public static final String ORGANISER = "organiser";
    public static final String SOURCE = "source";
    public static final String COST = "cost";
    public static final String KIND = "kind";
    public static final String DATE = "date";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String POSTCODE = "postcode";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    public static final String RADIUS = "radius";
    public static final String SORT = "sort";

    public static final int MAX_QUERY_LENGTH = 200;
    /** Enough for any real facet selection; a longer list is a mistake or an attempt to make the query huge. */
    public static final int MAX_VALUES = 50;

    static final Map<String, SearchRequest.Period> PERIODS = ordered("today", SearchRequest.Period.TODAY,
            "this-week", SearchRequest.Period.THIS_WEEK, "this-weekend", SearchRequest.Period.THIS_WEEKEND,
            "range", SearchRequest.Period.RANGE);
    static final Map<String, SearchRequest.Sort> SORTS = ordered("relevance", SearchRequest.Sort.RELEVANCE,
            "date", SearchRequest.Sort.DATE, "distance", SearchRequest.Sort.DISTANCE);
    static final Map<String, SearchRequest.Cost> COSTS = ordered("gratis", SearchRequest.Cost.GRATIS,
            "betaald", SearchRequest.Cost.BETAALD);
    static final Map<String, SearchRequest.Kind> KINDS = ordered("agenda", SearchRequest.Kind.AGENDA,
            "etalage", SearchRequest.Kind.ETALAGE, "prikbord", SearchRequest.Kind.PRIKBORD);

    /** The values of one parameter name, in the order given (Micronaut's {@code HttpParameters::getAll}). */
    @FunctionalInterface
    public interface Source {
        List<String> all(String name);

        default String first(String name) {
            List<String> values = all(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    /** A search read leniently: what could be read, and what was left out and why. */
    public record Read(SearchRequest.Builder builder, List<InvalidSearchException> problems) {
    }

    private SearchParameters() {
    }

    /** Reads every search parameter; the first wrong one throws. */
    public static SearchRequest.Builder read(Source p) {
        return read(p, e -> {
            throw e;
        }).builder();
    }

    /** Reads every search parameter; wrong ones are left out and listed. A too-long {@code q} is cut off. */
    public static Read readLeniently(Source p) {
        List<InvalidSearchException> problems = new ArrayList<>();
        Read read = read(p, problems::add);
        return new Read(read.builder(), List.copyOf(problems));
    }

    private static Read read(Source p, Consumer<InvalidSearchException> problem) {
        SearchRequest.Builder b = SearchRequest.builder();
        attempt(problem, () -> b.q(text(p.first(Q), problem)));
        attempt(problem, () -> b.audiences(all(p, AUDIENCE)).themes(all(p, THEME)).wijken(all(p, WIJK))
                .organisers(all(p, ORGANISER)).sources(all(p, SOURCE)));
        attempt(problem, () -> b.kinds(all(p, KIND).stream().filter(k -> !k.isBlank())
                .map(k -> oneOf(KIND, k, KINDS)).toList()));
        attempt(problem, () -> b.cost(optional(p, COST, COSTS)));
        attempt(problem, () -> b.date(date(p)));
        SearchRequest.Near near = attempt(problem, () -> near(p));
        b.near(near);
        attempt(problem, () -> b.sort(sort(p, near != null)));
        return new Read(b, List.of());
    }

    private static String text(String q, Consumer<InvalidSearchException> problem) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            problem.accept(new InvalidSearchException(Q, "De zoekvraag (q) is te lang: hoogstens " + MAX_QUERY_LENGTH
                    + " tekens, niet " + text.length() + "."));
            return text.substring(0, MAX_QUERY_LENGTH);
        }
        return text;
    }

    private static SearchRequest.Sort sort(Source p, boolean hasNear) {
        SearchRequest.Sort sort = optional(p, SORT, SORTS);
        if (sort == SearchRequest.Sort.DISTANCE && !hasNear) {
            throw new InvalidSearchException(SORT,
                    "Sorteren op afstand kan alleen met een postcode of een locatie (lat en lon).");
        }
        return sort;
    }

    private static SearchRequest.DateFilter date(Source p) {
        LocalDate from = day(p, FROM);
        LocalDate to = day(p, TO);
        SearchRequest.Period period = optional(p, DATE, PERIODS);
        if (period != null && period != SearchRequest.Period.RANGE) {
            if (from != null || to != null) {
                throw new InvalidSearchException(DATE, "Kies een periode (date) of data (from/to), niet allebei.");
            }
            return SearchRequest.DateFilter.of(period);
        }
        return from == null && to == null ? null : SearchRequest.DateFilter.range(from, to);
    }

    private static SearchRequest.Near near(Source p) {
        Double lat = decimal(p, LAT);
        Double lon = decimal(p, LON);
        String postcode = p.first(POSTCODE);
        boolean hasPostcode = postcode != null && !postcode.isBlank();
        Double radius = decimal(p, RADIUS);
        if (lat == null && lon == null && !hasPostcode) {
            return null; // a radius alone (the page's form always sends one) narrows nothing
        }
        if (hasPostcode && (lat != null || lon != null)) {
            throw new InvalidSearchException(POSTCODE, "Gebruik een postcode of een locatie (lat en lon), niet allebei.");
        }
        double km = radius == null ? SearchRequest.DEFAULT_RADIUS_KM : radius;
        return new SearchRequest.Near(lat, lon, hasPostcode ? postcode : null, km);
    }

    /** A whole number between {@code min} and {@code max}, or {@code absent} when not given. */
    public static int wholeNumber(Source p, String name, int absent, int min, int max) {
        String value = p.first(name);
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

    private static Double decimal(Source p, String name) {
        String value = p.first(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidSearchException(name, name + " moet een getal zijn, zoals 52.2, niet \"" + value + "\".");
    }

    private static LocalDate day(Source p, String name) {
        String value = p.first(name);
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

    private static List<String> all(Source p, String name) {
        List<String> values = p.all(name);
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidSearchException(name, "Hoogstens " + MAX_VALUES + " waarden voor " + name + ".");
        }
        return values;
    }

    private static <T> T optional(Source p, String name, Map<String, T> allowed) {
        String value = p.first(name);
        return value == null || value.isBlank() ? null : oneOf(name, value, allowed);
    }

    private static <T> T oneOf(String name, String value, Map<String, T> allowed) {
        T found = allowed.get(value.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new InvalidSearchException(name, name + " kan zijn: " + String.join(", ", allowed.keySet())
                    + "; niet \"" + value + "\".");
        }
        return found;
    }

    /** Runs one part of the reading; a wrong value goes to {@code problem} and the part gives null. */
    private static <T> T attempt(Consumer<InvalidSearchException> problem, Supplier<T> part) {
        try {
            return part.get();
        } catch (InvalidSearchException e) {
            problem.accept(e);
            return null;
        }
    }

    /** The allowed values in the order messages and forms list them. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> ordered(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The parameter value of an enum constant, for links that ask for the same search again. */
    static <T> String valueOf(Map<String, T> allowed, T constant) {
        return allowed.entrySet().stream().filter(e -> e.getValue() == constant).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}

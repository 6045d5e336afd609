package nl.bijeen.web.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a search can ask for: the free text, explicit filters chosen on the page or in the API, where and how
 * to sort, and which page. Explicit filters always hold together with the filters read from the text (a wijk chosen
 * in the facet list and "deze week" typed in the box); several values of one filter are alternatives.
 *
 * <p>Build one with {@link #builder()}; invalid values are refused here with an {@link InvalidSearchException}
 * that names the parameter and says in plain Dutch what is allowed.
 *
 * @param q          what was typed; blank for everything upcoming
 * @param audiences  audience ids (taxonomy), any of them
 * @param themes     theme ids (taxonomy), any of them
 * @param wijken     CBS wijk codes, any of them
 * @param organisers organiser names as published, any of them
 * @param sources    source ids: activities published on any of these sites
 * @param cost       free or paid; null for both (and for activities that do not say)
 * @param kinds      Agenda, Etalage and/or Prikbord; empty for all
 * @param date       a period; null for any upcoming date
 * @param near       a point or postcode with a radius; null for anywhere
 * @param sort       null: relevance (soonest first without text)
 * @param offset     results to skip, 0 to {@link ActivitySearch#MAX_OFFSET}
 * @param limit      results to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchRequest(String q, List<String> audiences, List<String> themes, List<String> wijken,
                            List<String> organisers, List<String> sources, Cost cost, List<Kind> kinds,
                            DateFilter date, Near near, Sort sort, int offset, int limit) {

    /** One call never ranks more (exports take up to 500; the API allows 200 per page). */
    public static final int MAX_LIMIT = 1_000;
    /** Beyond this a postcode or point says little about "near"; it also keeps the distance query cheap. */
    public static final double MAX_RADIUS_KM = 100;
    public static final double DEFAULT_RADIUS_KM = 5;

    public enum Cost { GRATIS, BETAALD }

    public enum Kind { AGENDA, ETALAGE, PRIKBORD }

    public enum Sort { RELEVANCE, DATE, DISTANCE }

    public enum Period { TODAY, THIS_WEEK, THIS_WEEKEND, RANGE }

    /**
     * @param from RANGE only: first day (inclusive), or null for "from today"
     * @param to   RANGE only: last day (inclusive), or null for "no end"
     */
    public record DateFilter(Period period, LocalDate from, LocalDate to) {

        public DateFilter {
            Objects.requireNonNull(period, "period");
            if (period == Period.RANGE && from != null && to != null && to.isBefore(from)) {
                throw new InvalidSearchException("to", "De einddatum (" + to + ") ligt voor de begindatum ("
                        + from + ").");
            }
        }

        public static DateFilter of(Period period) {
            return new DateFilter(period, null, null);
        }

        public static DateFilter range(LocalDate from, LocalDate to) {
            return new DateFilter(Period.RANGE, from, to);
        }
    }

    /**
     * Near a point (browser location) or a Dutch postcode ("2225 ER" or just "2225").
     *
     * @param radiusKm how far from it, in kilometres
     */
    public record Near(Double latitude, Double longitude, String postcode, double radiusKm) {

        public Near {
            boolean point = latitude != null || longitude != null;
            if (point && (latitude == null || longitude == null)) {
                throw new InvalidSearchException(latitude == null ? "lat" : "lon",
                        "Geef zowel lat als lon op, of een postcode.");
            }
            if (!point && (postcode == null || postcode.isBlank())) {
                throw new InvalidSearchException("postcode", "Geef een postcode of een locatie (lat en lon) op.");
            }
            if (point && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
                throw new InvalidSearchException("lat", "lat moet tussen -90 en 90 liggen en lon tussen -180 en 180.");
            }
            if (!point && Postcode.parse(postcode).isEmpty()) {
                throw new InvalidSearchException("postcode",
                        "\"" + postcode.strip() + "\" is geen Nederlandse postcode. Schrijf bijvoorbeeld 2225 ER of 2225.");
            }
            if (!(radiusKm > 0) || radiusKm > MAX_RADIUS_KM) {
                throw new InvalidSearchException("radius", "De straal moet meer dan 0 en hoogstens "
                        + (int) MAX_RADIUS_KM + " kilometer zijn.");
            }
        }

        public static Near point(double latitude, double longitude, double radiusKm) {
            return new Near(latitude, longitude, null, radiusKm);
        }

        public static Near postcode(String postcode, double radiusKm) {
            return new Near(null, null, postcode, radiusKm);
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        audiences = clean(audiences);
        themes = clean(themes);
        wijken = clean(wijken);
        organisers = clean(organisers);
        sources = clean(sources);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (offset < 0 || offset > ActivitySearch.MAX_OFFSET) {
            throw new InvalidSearchException("offset",
                    "offset moet een heel getal van 0 tot " + ActivitySearch.MAX_OFFSET + " zijn, niet " + offset + ".");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit",
                    "limit moet een heel getal van 1 tot " + MAX_LIMIT + " zijn, niet " + limit + ".");
        }
        if (sort == Sort.DISTANCE && near == null) {
            throw new InvalidSearchException("sort",
                    "Sorteren op afstand kan alleen met een postcode of een locatie (lat en lon).");
        }
    }

    /** Just the text, first page of {@code limit}. */
    public static SearchRequest of(String q, int offset, int limit) {
        return builder().q(q).offset(offset).limit(limit).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same search, another page of it. */
    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(q, audiences, themes, wijken, organisers, sources, cost, kinds, date, near, sort,
                newOffset, newLimit);
    }

    /** True when anything besides the text narrows the results. */
    public boolean hasExplicitFilters() {
        return !audiences.isEmpty() || !themes.isEmpty() || !wijken.isEmpty() || !organisers.isEmpty()
                || !sources.isEmpty() || cost != null || !kinds.isEmpty() || date != null || near != null;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .toList();
    }

    /** Starts with no filters, relevance order, offset 0 and limit 20. */
    public static final class Builder {
        private String q = "";
        private final List<String> audiences = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> wijken = new ArrayList<>();
        private final List<String> organisers = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        private Cost cost;
        private DateFilter date;
        private Near near;
        private Sort sort;
        private int offset;
        private int limit = 20;

        private Builder() {
        }

        public Builder q(String value) { q = value; return this; }
        public Builder audiences(List<String> values) { audiences.addAll(values); return this; }
        public Builder themes(List<String> values) { themes.addAll(values); return this; }
        public Builder wijken(List<String> values) { wijken.addAll(values); return this; }
        public Builder organisers(List<String> values) { organisers.addAll(values); return this; }
        public Builder sources(List<String> values) { sources.addAll(values); return this; }
        public Builder kinds(List<Kind> values) { kinds.addAll(values); return this; }
        public Builder cost(Cost value) { cost = value; return this; }
        public Builder date(DateFilter value) { date = value; return this; }
        public Builder near(Near value) { near = value; return this; }
        public Builder sort(Sort value) { sort = value; return this; }
        public Builder offset(int value) { offset = value; return this; }
        public Builder limit(int value) { limit = value; return this; }

        public SearchRequest build() {
            return new SearchRequest(q, audiences, themes, wijken, organisers, sources, cost, kinds, date, near, sort,
                    offset, limit);
        }
    }
}

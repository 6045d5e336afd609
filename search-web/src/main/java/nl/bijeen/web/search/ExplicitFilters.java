package nl.bijeen.web.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.IndexFields;

/**
 * Lucene FILTER clauses for the filters of a {@link SearchRequest}: each filter must hold, the values within one are
 * alternatives (two wijken ticked: either wijk). Filters narrow without changing the ranking.
 */
final class ExplicitFilters {

    private ExplicitFilters() {
    }

    /** @param near the request's near point, already resolved from a postcode; null without one */
    static void add(BooleanQuery.Builder query, SearchRequest r, GeoPoint near, LocalDate today, ZoneId zone) {
        anyOf(query, IndexFields.AUDIENCE_ID, r.audiences());
        anyOf(query, IndexFields.THEME_ID, r.themes());
        anyOf(query, IndexFields.WIJK, r.wijken());
        anyOf(query, IndexFields.ORGANISER_EXACT, r.organisers());
        anyOf(query, IndexFields.SOURCE, r.sources());
        if (r.cost() != null) {
            anyOf(query, IndexFields.COST_CLASS, List.of(r.cost().name().toLowerCase(Locale.ROOT)));
        }
        anyOf(query, IndexFields.KIND, r.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        if (r.date() != null) {
            DateWords.Days days = days(r.date(), today);
            Instant from = days.first().atStartOfDay(zone).toInstant();
            long until = days.last() == null ? Long.MAX_VALUE
                    : days.last().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(IndexFields.START, from.toEpochMilli(), until), Occur.FILTER);
        }
        if (near != null) {
            query.add(LatLonPoint.newDistanceQuery(IndexFields.LOCATION, near.latitude(), near.longitude(),
                    r.near().radiusKm() * 1000), Occur.FILTER);
        }
    }

    /** @return the days of the period; {@code last} is null for a range without an end */
    static DateWords.Days days(SearchRequest.DateFilter date, LocalDate today) {
        return switch (date.period()) {
            case TODAY -> DateWords.days("vandaag", today).orElseThrow();
            case THIS_WEEK -> DateWords.days("deze week", today).orElseThrow();
            case THIS_WEEKEND -> DateWords.days("dit weekend", today).orElseThrow();
            case RANGE -> new DateWords.Days(date.from() == null || date.from().isBefore(today) ? today : date.from(),
                    date.to());
        };
    }

    private static void anyOf(BooleanQuery.Builder query, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
    }
}

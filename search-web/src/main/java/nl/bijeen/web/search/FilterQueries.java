package nl.bijeen.web.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import nl.bijeen.web.index.IndexFields;

/**
 * Lucene filters for {@link QueryFilter}s: filters of one kind are alternatives ("Rijnsburg of Valkenburg"), kinds
 * together must all hold. FILTER clauses, so they narrow the results without changing the ranking.
 */
final class FilterQueries {

    private FilterQueries() {
    }

    static void add(BooleanQuery.Builder query, List<QueryFilter> filters) {
        Map<QueryFilter.Kind, List<QueryFilter>> byKind = filters.stream()
                .collect(Collectors.groupingBy(QueryFilter::kind));
        byKind.forEach((kind, ofKind) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            ofKind.forEach(f -> any.add(of(f), Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        });
    }

    private static Query of(QueryFilter f) {
        if (f.kind() == QueryFilter.Kind.DATE) {
            return LongPoint.newRangeQuery(IndexFields.START, f.from().toEpochMilli(), f.until().toEpochMilli() - 1);
        }
        String field = switch (f.kind()) {
            case WIJK -> IndexFields.WIJK;
            case AUDIENCE -> IndexFields.AUDIENCE_ID;
            case THEME -> IndexFields.THEME_ID;
            case DATE -> throw new AssertionError();
        };
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        f.values().forEach(v -> any.add(termFor(field, v), Occur.SHOULD));
        return any.build();
    }

    private static Query termFor(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}

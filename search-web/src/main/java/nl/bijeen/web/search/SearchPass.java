package nl.bijeen.web.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.SloppyMath;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.search.SearchResult.Relaxation;

/**
 * One search request against one view of the index ({@code searcher}), tried with less and less strictness by
 * {@link ActivitySearch}. Every try sees the same view, so a relaxed result never mixes two versions of the index.
 */
final class SearchPass {

    private static final SortField SOONEST = new SortField(IndexFields.NEXT_START, SortField.Type.LONG);

    /** What every request shares: the parser and what turns counts and hits into a result. */
    record Tools(ActivityQueryParser parser, FacetLabels labels, FacetOrdinals.Cache ordinals, Snippets snippets,
                 java.time.LocalDate today, java.time.ZoneId zone) {
    }

    private final Tools tools;
    private final IndexSearcher searcher;
    private final SearchRequest request;
    private final QueryUnderstanding.Understood understood;
    private final GeoPoint near;
    private final Instant today;
    private final boolean details;

    SearchPass(Tools tools, IndexSearcher searcher, SearchRequest request, QueryUnderstanding.Understood understood,
               GeoPoint near, Instant today, boolean details) {
        this.tools = tools;
        this.searcher = searcher;
        this.request = request;
        this.understood = understood;
        this.near = near;
        this.today = today;
        this.details = details;
    }

    SearchResult with(Relaxation relaxation) throws IOException {
        boolean noText = understood.text().isBlank();
        Query text = noText ? new MatchAllDocsQuery()
                : tools.parser().parse(understood.text(), relaxation == Relaxation.NONE, searcher.getIndexReader());
        // Without words, everything matches and nothing is scored; with "words optional", words only rank.
        Occur textOccur = noText ? Occur.FILTER
                : relaxation == Relaxation.WORDS_OPTIONAL ? Occur.SHOULD : Occur.MUST;
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(text, textOccur)
                .add(upcoming(today), Occur.FILTER);
        FilterQueries.add(full, relaxation == Relaxation.WITHOUT_FILTERS ? List.of() : understood.filters());
        ExplicitFilters.add(full, request, near, tools.today(), tools.zone());
        return run(full.build(), text, noText, relaxation);
    }

    private SearchResult run(Query built, Query text, boolean noText, Relaxation relaxation) throws IOException {
        int offset = request.offset();
        // One pass over the matches: the first offset + limit ranked (deep pages are bounded by MAX_OFFSET), the
        // exact total counted, and for a results page the facets — separate passes cost as much again each.
        TopFieldCollectorManager ranked = new TopFieldCollectorManager(sort(noText),
                Math.max(1, offset + request.limit()), null, Integer.MAX_VALUE);
        TopDocs top;
        Map<String, Map<String, Long>> facetCounts = null;
        if (details) {
            Object[] both = searcher.search(built, new MultiCollectorManager(ranked,
                    FacetCounts.manager(tools.ordinals().of(searcher.getIndexReader()))));
            top = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) both[1];
            facetCounts = counted;
        } else {
            top = searcher.search(built, ranked);
        }
        long total = top.totalHits.value();
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                top.scoreDocs.length);
        List<IndexedActivity> activities = read(page);
        if (!details) {
            return new SearchResult(request.q(), total, activities, understood.text(), understood.filters(),
                    relaxation);
        }
        return new SearchResult(request.q(), total, activities, understood.text(), understood.filters(),
                relaxation, tools.labels().facets(facetCounts), snippets(text, noText, page, activities),
                distances(activities), near);
    }

    private List<IndexedActivity> read(ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndexedActivity> activities = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            activities.add(withoutPastDates(ActivityDocuments.fromDocument(stored.document(sd.doc)), today));
        }
        return activities;
    }

    private Map<Long, String> snippets(Query text, boolean noText, ScoreDoc[] page, List<IndexedActivity> activities)
            throws IOException {
        Map<Long, String> byId = new HashMap<>();
        Map<Integer, String> byDoc = tools.snippets().of(searcher, text, noText ? new ScoreDoc[0] : page);
        for (int i = 0; i < page.length; i++) {
            String snippet = byDoc.get(page[i].doc);
            if (snippet != null) {
                byId.put(activities.get(i).id(), snippet);
            }
        }
        return byId;
    }

    private Sort sort(boolean noText) {
        SearchRequest.Sort wanted = request.sort() == null ? SearchRequest.Sort.RELEVANCE : request.sort();
        return switch (wanted) {
            case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(IndexFields.LOCATION,
                    near.latitude(), near.longitude()), SOONEST);
            case DATE -> new Sort(SOONEST, SortField.FIELD_SCORE);
            case RELEVANCE -> noText ? new Sort(SOONEST) : new Sort(SortField.FIELD_SCORE, SOONEST);
        };
    }

    private Map<Long, Double> distances(List<IndexedActivity> activities) {
        Map<Long, Double> km = new HashMap<>();
        if (near != null) {
            for (IndexedActivity a : activities) {
                if (a.latitude() != null && a.longitude() != null) {
                    double metres = SloppyMath.haversinMeters(near.latitude(), near.longitude(), a.latitude(),
                            a.longitude());
                    km.put(a.id(), Math.round(metres / 100.0) / 10.0);
                }
            }
        }
        return km;
    }

    private static Query upcoming(Instant today) {
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(IndexFields.START, today.toEpochMilli(), Long.MAX_VALUE), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.DATED, "no")), Occur.SHOULD)
                .build();
    }

    /** Stored dates are "upcoming" as of indexing; drop the ones that have passed since. */
    static IndexedActivity withoutPastDates(IndexedActivity a, Instant today) {
        List<IndexedDate> dates = a.dates().stream().filter(d -> !d.start().isBefore(today)).toList();
        return dates.size() == a.dates().size() ? a : a.withDates(dates);
    }
}

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
                : tools.parser().parse(understood.text(), relaxation == Relaxation.NONE, searcher.getIndexReader(),
                        relaxation != Relaxation.NONE);
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
        Counted counted = noText ? countApart(built) : countRanking(built);
        ScoreDoc[] page = counted.page() != null ? counted.page()
                : counted.total() == 0 ? new ScoreDoc[0] : page(built, noText, wanted());
        List<IndexedActivity> activities = read(page);
        if (!details) {
            return new SearchResult(request.q(), counted.total(), activities, understood.text(),
                    understood.filters(), relaxation);
        }
        return new SearchResult(request.q(), counted.total(), activities, understood.text(), understood.filters(),
                relaxation, tools.labels().facets(counted.facets()), snippets(text, noText, page, activities),
                Distances.km(near, activities), near);
    }

    /** The total, the facets when asked, and the page when it was ranked in the same pass. */
    private record Counted(long total, Map<String, Map<String, Long>> facets, ScoreDoc[] page) {
    }

    /**
     * With words: one pass ranks, counts exactly and (for a results page) counts facets. Every match is scored
     * anyway, and a separate count would expand the prefix and typo terms a second time.
     */
    private Counted countRanking(Query built) throws IOException {
        TopFieldCollectorManager ranked = new TopFieldCollectorManager(sort(false), wanted(), null,
                Integer.MAX_VALUE);
        if (!details) {
            TopDocs top = searcher.search(built, ranked);
            return new Counted(top.totalHits.value(), null, pageOf(top));
        }
        Object[] both = searcher.search(built, new MultiCollectorManager(ranked, facets()));
        TopDocs top = (TopDocs) both[0];
        return new Counted(top.totalHits.value(), ((FacetCounts.Counted) both[1]).values(), pageOf(top));
    }

    /**
     * Without words (everything upcoming, a date, filters only) a query often matches most of the index but needs no
     * scores: counting takes whole ranges of documents at once, and ranking soonest first apart from counting may
     * skip what cannot make the page (the next start is also a point). One pass would compare every match.
     */
    private Counted countApart(Query built) throws IOException {
        if (!details) {
            return new Counted(searcher.count(built), null, null);
        }
        FacetCounts.Counted counted = searcher.search(built, facets());
        return new Counted(counted.hits(), counted.values(), null);
    }

    private org.apache.lucene.search.CollectorManager<?, FacetCounts.Counted> facets() throws IOException {
        return FacetCounts.manager(tools.ordinals().of(searcher.getIndexReader()));
    }

    /** The first offset + limit are ranked; deep pages are bounded by {@link ActivitySearch#MAX_OFFSET}. */
    private int wanted() {
        return Math.max(1, request.offset() + request.limit());
    }

    /** Ranks only as far as the page needs, so Lucene may skip documents that cannot make it. */
    private ScoreDoc[] page(Query built, boolean noText, int wanted) throws IOException {
        return pageOf(searcher.search(built, new TopFieldCollectorManager(sort(noText), wanted, null, wanted)));
    }

    private ScoreDoc[] pageOf(TopDocs top) {
        return Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                top.scoreDocs.length);
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

package nl.bijeen.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.DutchTextAnalyzer;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.search.SearchResult.Relaxation;

/**
 * Searches upcoming activities: those with a date from the start of today on, and ongoing offers without a fixed
 * date. Cancelled activities are found too (the page marks them), so nobody goes looking for them elsewhere.
 *
 * <p>Place, audience, theme and date words in the query become filters ({@link QueryUnderstanding}); the rest is
 * text. A query that finds nothing is tried again with any word instead of every word, then with everything the
 * filters allow (the words only rank), then without the filters, and the result says so
 * ({@link SearchResult#relaxed()}). Filters before words: a place or a day someone names is a firmer wish than a
 * loose word like "gezelligs".
 */
public final class ActivitySearch {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySearch.class);
    /** Nobody pages this deep; the bound keeps one request from ranking the whole index. */
    public static final int MAX_OFFSET = 10_000;
    private static final SortField SOONEST = new SortField(IndexFields.NEXT_START, SortField.Type.LONG);

    private final ActivityIndex index;
    private final ActivityQueryParser parser;
    private final QueryUnderstanding understanding;

    /** Search without a taxonomy or wijken: only date words are read as filters. */
    public ActivitySearch(ActivityIndex index) {
        this(index, null, QueryVocabulary.empty());
    }

    public ActivitySearch(ActivityIndex index, Taxonomy taxonomy, QueryVocabulary vocabulary) {
        this.index = index;
        this.parser = new ActivityQueryParser(
                DutchTextAnalyzer.forQueries(TaxonomySynonyms.build(taxonomy)), index.analyzer());
        this.understanding = new QueryUnderstanding(vocabulary);
    }

    /** The first {@code limit} results; see {@link #search(String, int, int)}. */
    public SearchResult search(String q, int limit) {
        return search(q, 0, limit);
    }

    /**
     * @param q      what was typed; blank lists everything upcoming, soonest first; otherwise best match first
     * @param offset how many results to skip (for further pages), 0 to {@link #MAX_OFFSET}
     * @param limit  how many activities to return at most (at least 1)
     */
    public SearchResult search(String q, int offset, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be from 0 to " + MAX_OFFSET + ", was " + offset);
        }
        String query = q == null ? "" : q.strip();
        Instant today = index.startOfToday();
        QueryUnderstanding.Understood understood = understanding.understand(query, index.today(), index.zone());
        try {
            SearchResult result = run(query, understood, Relaxation.NONE, offset, limit, today);
            if (result.total() == 0 && !query.isEmpty()) {
                result = run(query, understood, Relaxation.ANY_WORD, offset, limit, today);
            }
            if (result.total() == 0 && !understood.filters().isEmpty()) {
                result = run(query, understood, Relaxation.WORDS_OPTIONAL, offset, limit, today);
            }
            if (result.total() == 0 && !understood.filters().isEmpty()) {
                result = run(query, understood, Relaxation.WITHOUT_FILTERS, offset, limit, today);
            }
            LOG.debug("Search [{}] as [{}] {} ({}) found {}", query, understood.text(), understood.filters(),
                    result.relaxed(), result.total());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    private SearchResult run(String query, QueryUnderstanding.Understood understood, Relaxation relaxation,
                             int offset, int limit, Instant today) throws IOException {
        boolean noText = understood.text().isBlank();
        Query text = noText ? new MatchAllDocsQuery() : parser.parse(understood.text(), relaxation == Relaxation.NONE);
        // Without words, everything matches and nothing is scored; with "words optional", words only rank.
        Occur textOccur = noText ? Occur.FILTER : relaxation == Relaxation.WORDS_OPTIONAL ? Occur.SHOULD : Occur.MUST;
        BooleanQuery.Builder full = new BooleanQuery.Builder()
                .add(text, textOccur)
                .add(upcoming(today), Occur.FILTER);
        List<QueryFilter> applied = relaxation == Relaxation.WITHOUT_FILTERS ? List.of() : understood.filters();
        FilterQueries.add(full, applied);
        Sort sort = noText ? new Sort(SOONEST) : new Sort(SortField.FIELD_SCORE, SOONEST);
        IndexSearcher searcher = index.acquire();
        try {
            Query built = full.build();
            long total = searcher.count(built);
            // Lucene ranks the first offset + limit; deep pages are bounded by MAX_OFFSET.
            TopDocs top = searcher.search(built, offset + limit, sort);
            StoredFields stored = searcher.storedFields();
            List<IndexedActivity> activities = new ArrayList<>(limit);
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc);
                activities.add(withoutPastDates(ActivityDocuments.fromDocument(doc), today));
            }
            return new SearchResult(query, total, activities, understood.text(), understood.filters(), relaxation);
        } finally {
            index.release(searcher);
        }
    }

    private static Query upcoming(Instant today) {
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(IndexFields.START, today.toEpochMilli(), Long.MAX_VALUE), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.DATED, "no")), Occur.SHOULD)
                .build();
    }

    /** Stored dates are "upcoming" as of indexing; drop the ones that have passed since. */
    private static IndexedActivity withoutPastDates(IndexedActivity a, Instant today) {
        List<IndexedDate> dates = a.dates().stream().filter(d -> !d.start().isBefore(today)).toList();
        return dates.size() == a.dates().size() ? a : a.withDates(dates);
    }
}

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

import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;

/**
 * Searches upcoming activities: those with a date from the start of today on, and ongoing offers without a fixed
 * date. Cancelled activities are found too (the page marks them), so nobody goes looking for them elsewhere.
 */
public final class ActivitySearch {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitySearch.class);
    /** Nobody pages this deep; the bound keeps one request from ranking the whole index. */
    public static final int MAX_OFFSET = 10_000;
    private static final SortField SOONEST = new SortField(IndexFields.NEXT_START, SortField.Type.LONG);

    private final ActivityIndex index;
    private final ActivityQueryParser parser;

    public ActivitySearch(ActivityIndex index) {
        this.index = index;
        this.parser = new ActivityQueryParser(index.analyzer());
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
        Query text = query.isEmpty() ? new MatchAllDocsQuery() : parser.parse(query);
        Query full = new BooleanQuery.Builder()
                .add(text, query.isEmpty() ? Occur.FILTER : Occur.MUST)
                .add(upcoming(today), Occur.FILTER)
                .build();
        Sort sort = query.isEmpty() ? new Sort(SOONEST) : new Sort(SortField.FIELD_SCORE, SOONEST);
        try {
            return run(query, full, sort, offset, limit, today);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    private static Query upcoming(Instant today) {
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(IndexFields.START, today.toEpochMilli(), Long.MAX_VALUE), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.DATED, "no")), Occur.SHOULD)
                .build();
    }

    private SearchResult run(String query, Query full, Sort sort, int offset, int limit, Instant today)
            throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            long total = searcher.count(full);
            // Lucene ranks the first offset + limit; deep pages are bounded by MAX_OFFSET.
            TopDocs top = searcher.search(full, offset + limit, sort);
            StoredFields stored = searcher.storedFields();
            List<IndexedActivity> activities = new ArrayList<>(limit);
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc);
                activities.add(withoutPastDates(ActivityDocuments.fromDocument(doc), today));
            }
            LOG.debug("Search [{}] found {}", query, total);
            return new SearchResult(query, total, activities);
        } finally {
            index.release(searcher);
        }
    }

    /** Stored dates are "upcoming" as of indexing; drop the ones that have passed since. */
    private static IndexedActivity withoutPastDates(IndexedActivity a, Instant today) {
        List<IndexedDate> dates = a.dates().stream().filter(d -> !d.start().isBefore(today)).toList();
        return dates.size() == a.dates().size() ? a : a.withDates(dates);
    }
}

package nl.bijeen.web.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import jakarta.inject.Singleton;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.search.ActivitySearch;

/**
 * The upcoming activities of one organiser, one wijk, or one section (Agenda, Etalage, Prikbord), soonest first.
 * These are lists, not searches (no words to rank, no query understanding), so they read the index directly with
 * exact terms: the wijk code, the organiser's exact name, the kind. Pages go up to {@link #MAX_LISTED} deep.
 */
@Singleton
public class Listings {

    static final int MAX_LISTED = ActivitySearch.MAX_OFFSET + HomePage.PAGE_SIZE;
    private static final Sort SOONEST = new Sort(new SortField(IndexFields.NEXT_START, SortField.Type.LONG));

    /** One page of a list, and how many there are in all. */
    public record Page(List<IndexedActivity> activities, long total) {
    }

    private final ActivityIndex index;

    public Listings(ActivityIndex index) {
        this.index = index;
    }

    public Page wijk(String code, int offset, int limit) {
        return page(new TermQuery(new Term(IndexFields.WIJK, code)), offset, limit);
    }

    /** Every upcoming activity of the organiser with exactly this name, as the sources write it. */
    public Page organiser(String name, int offset, int limit) {
        return page(new TermQuery(new Term(IndexFields.ORGANISER_EXACT, name.strip())), offset, limit);
    }

    public Page section(ActivityDraft.Kind kind, int offset, int limit) {
        return page(new TermQuery(new Term(IndexFields.KIND, kind.name().toLowerCase(Locale.ROOT))), offset, limit);
    }

    private Page page(Query query, int offset, int limit) {
        Instant today = index.startOfToday();
        Query upcoming = new BooleanQuery.Builder()
                .add(query, Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(LongPoint.newRangeQuery(IndexFields.START, today.toEpochMilli(), Long.MAX_VALUE),
                                Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.DATED, "no")), Occur.SHOULD).build(), Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                long total = searcher.count(upcoming);
                TopDocs top = searcher.search(upcoming, Math.min(offset + limit, MAX_LISTED), SOONEST);
                StoredFields stored = searcher.storedFields();
                List<IndexedActivity> page = new ArrayList<>();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    IndexedActivity a = ActivityDocuments.fromDocument(stored.document(top.scoreDocs[i].doc));
                    // Dates that passed since the index stored them are not "coming" any more.
                    page.add(a.withDates(a.dates().stream().filter(d -> !d.start().isBefore(today)).toList()));
                }
                return new Page(page, total);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the index failed", e);
        }
    }
}

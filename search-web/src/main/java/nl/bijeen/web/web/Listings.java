package nl.bijeen.web.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;
import nl.bijeen.web.index.IndexedActivity;

/**
 * The upcoming activities of one organiser, one wijk, or one section (Agenda, Etalage, Prikbord), soonest first.
 * These are lists, not searches, so they read the index directly: a wijk is an exact term; an organiser is a
 * phrase query narrowed to the exact name.
 *
 * <p>The index does not (yet) keep an activity's kind, so the sections read it from the store for each candidate,
 * looking at no more than {@link #SCAN_LIMIT} of them: fine for a town, and replaced by an index filter once the
 * index holds the kind.
 */
@Singleton
public class Listings {

    static final int SCAN_LIMIT = 2_000;
    private static final Sort SOONEST = new Sort(new SortField(IndexFields.NEXT_START, SortField.Type.LONG));

    /** One page of a list, and how many there are in all (or at least, for sections at the scan limit). */
    public record Page(List<IndexedActivity> activities, long total) {
    }

    private final ActivityIndex index;
    private final Aggregator aggregator;

    public Listings(ActivityIndex index, Aggregator aggregator) {
        this.index = index;
        this.aggregator = aggregator;
    }

    public Page wijk(String code, int offset, int limit) {
        return page(new TermQuery(new Term(IndexFields.WIJK, code)), a -> true, offset, limit);
    }

    /** Every upcoming activity whose organiser has exactly this name (ignoring case and outer spaces). */
    public Page organiser(String name, int offset, int limit) {
        String wanted = name.strip();
        Query phrase = new QueryBuilder(index.analyzer()).createPhraseQuery(IndexFields.ORGANISER, wanted);
        if (phrase == null) {
            return new Page(List.of(), 0);
        }
        return page(phrase, a -> a.organiser() != null && a.organiser().strip().equalsIgnoreCase(wanted),
                offset, limit);
    }

    public Page section(ActivityDraft.Kind kind, int offset, int limit) {
        Query candidates = switch (kind) {
            case AGENDA -> new TermQuery(new Term(IndexFields.DATED, "yes"));
            case ETALAGE -> new TermQuery(new Term(IndexFields.DATED, "no"));
            case PRIKBORD -> new MatchAllDocsQuery();
        };
        return page(candidates, a -> kindOf(a.id()).map(k -> k == kind).orElse(false), offset, limit);
    }

    private Optional<ActivityDraft.Kind> kindOf(long id) {
        return aggregator.store().find(id).map(StoredActivity::draft).map(ActivityDraft::kind);
    }

    private Page page(Query query, Predicate<IndexedActivity> keep, int offset, int limit) {
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
                TopDocs top = searcher.search(upcoming, SCAN_LIMIT, SOONEST);
                StoredFields stored = searcher.storedFields();
                List<IndexedActivity> page = new ArrayList<>();
                long kept = 0;
                for (ScoreDoc hit : top.scoreDocs) {
                    IndexedActivity a = ActivityDocuments.fromDocument(stored.document(hit.doc));
                    if (!keep.test(a)) {
                        continue;
                    }
                    if (kept >= offset && page.size() < limit) {
                        page.add(a.withDates(a.dates().stream().filter(d -> !d.start().isBefore(today)).toList()));
                    }
                    kept++;
                }
                return new Page(page, kept);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the index failed", e);
        }
    }
}

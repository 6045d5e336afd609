package nl.bijeen.web.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import nl.bijeen.aggregator.store.StoredActivity;

/**
 * The Lucene index of activities: one document per activity, keyed by its store id. It remembers up to which
 * change sequence number it is complete in the commit user data, so a restart continues from there and an empty
 * (deleted) index starts from 0 — catching up and rebuilding are the same thing.
 *
 * <p>Writes come from one thread (the {@link IndexFollower}); searches from any thread through {@link #acquire()}.
 */
public final class ActivityIndex implements AutoCloseable {

    private final Directory directory;
    private final DutchTextAnalyzer analyzer = new DutchTextAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Clock clock;
    /** As of the last commit; only the writing thread changes it. */
    private volatile CommitData committed;

    private ActivityIndex(Directory directory, Clock clock) throws IOException {
        this.directory = directory;
        this.clock = clock;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Only commit() (with its seq) makes changes durable; a half-applied batch is simply redone.
                .setCommitOnClose(false));
        this.searchers = new SearcherManager(writer, null);
        this.committed = CommitData.read(writer.getLiveCommitData());
    }

    /** Opens the index in {@code dir}, creating the folder and an empty index when they do not exist. */
    public static ActivityIndex open(Path dir, Clock clock) {
        try {
            return new ActivityIndex(FSDirectory.open(dir), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir.toAbsolutePath(), e);
        }
    }

    public DutchTextAnalyzer analyzer() {
        return analyzer;
    }

    /** The change sequence number of the last commit, 0 for a new index. */
    public long committedSeq() {
        return committed.seq();
    }

    /** The day for which all "next dates" were computed, {@code null} for a new index. */
    public LocalDate datesAsOf() {
        return committed.datesAsOf();
    }

    /**
     * Makes sure the index belongs to the store with this fingerprint. An index built from another database is
     * emptied (and then rebuilt from 0 by the follower); a new index just records the fingerprint.
     *
     * @return true when the index was emptied
     */
    public boolean claimFor(String storeFingerprint) throws IOException {
        boolean foreign = committed.store() != null && !committed.store().equals(storeFingerprint);
        if (foreign) {
            writer.deleteAll();
        }
        writeCommit(new CommitData(foreign ? 0 : committed.seq(), foreign ? null : committed.datesAsOf(),
                storeFingerprint));
        return foreign;
    }

    /** Empties the index, for a store that was reset (its change sequence starts again). */
    public void clear() throws IOException {
        writer.deleteAll();
        writeCommit(new CommitData(0, null, committed.store()));
    }

    /** Adds or replaces the activity's document; doing it twice gives the same index. */
    public void put(StoredActivity activity) throws IOException {
        writer.updateDocument(idTerm(activity.id()), ActivityDocuments.toDocument(activity, startOfToday()));
    }

    public void remove(long activityId) throws IOException {
        writer.deleteDocuments(idTerm(activityId));
    }

    /** Makes everything written so far durable together with {@code seq}, then visible to new searches. */
    public void commit(long seq) throws IOException {
        writeCommit(new CommitData(seq, committed.datesAsOf() == null ? today() : committed.datesAsOf(),
                committed.store()));
    }

    /** As {@link #commit(long)}, recording that every document's dates are now computed for {@code datesAsOf}. */
    public void commit(long seq, LocalDate datesAsOf) throws IOException {
        writeCommit(new CommitData(seq, datesAsOf, committed.store()));
    }

    private void writeCommit(CommitData data) throws IOException {
        writer.setLiveCommitData(data.toMap().entrySet());
        writer.commit();
        committed = data;
        searchers.maybeRefresh();
    }

    /** The ids of all activities in the index. */
    public List<Long> ids() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>(all.scoreDocs.length);
            for (ScoreDoc doc : all.scoreDocs) {
                ids.add(Long.parseLong(stored.document(doc.doc, Set.of(IndexFields.ID)).get(IndexFields.ID)));
            }
            return ids;
        } finally {
            release(searcher);
        }
    }

    /** A searcher on the latest refreshed view; give it back with {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone in which days (today, this weekend) start and end. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Start of today in the clock's zone: occurrences before it are past. */
    public Instant startOfToday() {
        return today().atStartOfDay(clock.getZone()).toInstant();
    }

    private static Term idTerm(long id) {
        return new Term(IndexFields.ID, Long.toString(id));
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes the searchers first, then the writer (dropping uncommitted work), then the directory
        }
    }
}

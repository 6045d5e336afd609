package nl.bijeen.web.organisation.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.index.DutchTextAnalyzer;

/**
 * The Lucene index of organisations: one document per live organisation, keyed by its store id. Like the activity
 * index it records in each commit up to which change sequence number it is complete and which store it was built
 * from, so a restart continues where it stopped and an emptied index is rebuilt by the same code path.
 *
 * <p>Writes come from one thread ({@link OrganisationFollower}); searches from any thread through {@link #acquire()}.
 */
public final class OrganisationIndex implements AutoCloseable {

    private static final String SEQ = "bijeen.seq";
    private static final String STORE = "bijeen.store";

    private final Directory directory;
    private final DutchTextAnalyzer analyzer = new DutchTextAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long committedSeq;
    private volatile String store;

    private OrganisationIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Only commit() (with its seq) makes changes durable; a half-applied batch is simply redone.
                .setCommitOnClose(false));
        this.searchers = new SearcherManager(writer, null);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        this.committedSeq = Long.parseLong(data.getOrDefault(SEQ, "0"));
        this.store = data.get(STORE);
    }

    /** Opens the index in {@code dir}, creating the folder and an empty index when they do not exist. */
    public static OrganisationIndex open(Path dir) {
        try {
            return new OrganisationIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the organisation index in " + dir.toAbsolutePath(), e);
        }
    }

    public DutchTextAnalyzer analyzer() {
        return analyzer;
    }

    /** The change sequence number of the last commit, 0 for a new index. */
    public long committedSeq() {
        return committedSeq;
    }

    /**
     * Makes sure the index belongs to the store (and document layout) with this fingerprint; an index built from
     * another one is emptied, so the follower rebuilds it from 0.
     *
     * @return true when the index was emptied
     */
    public boolean claimFor(String fingerprint) throws IOException {
        boolean foreign = store != null && !store.equals(fingerprint);
        if (foreign) {
            writer.deleteAll();
        }
        store = fingerprint;
        writeCommit(foreign ? 0 : committedSeq);
        return foreign;
    }

    /** Empties the index, for a store that was reset (its change sequence starts again). */
    public void clear() throws IOException {
        writer.deleteAll();
        writeCommit(0);
    }

    /** Adds or replaces the organisation's document; doing it twice gives the same index. */
    public void put(StoredOrganisation organisation) throws IOException {
        writer.updateDocument(idTerm(organisation.id()), OrganisationDocuments.toDocument(organisation));
    }

    public void remove(long organisationId) throws IOException {
        writer.deleteDocuments(idTerm(organisationId));
    }

    /** Makes everything written so far durable together with {@code seq}, then visible to new searches. */
    public void commit(long seq) throws IOException {
        writeCommit(seq);
    }

    private void writeCommit(long seq) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SEQ, Long.toString(seq));
        if (store != null) {
            data.put(STORE, store);
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committedSeq = seq;
        searchers.maybeRefresh();
    }

    /** A searcher on the latest refreshed view; give it back with {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    private static Term idTerm(long id) {
        return new Term(OrganisationFields.ID, Long.toString(id));
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes the searchers first, then the writer (dropping uncommitted work), then the directory
        }
    }
}

package nl.bijeen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.QueryVocabulary;

/**
 * A search-web index in a folder of its own, written through {@link ActivityIndex#put} (and so
 * {@code ActivityDocuments}, the production document code), and searched the way the application wires it.
 */
final class BenchIndex implements AutoCloseable {

    /** The wijk boundaries the application reads by default (GeoProperties), so wijk names become filters. */
    private static final String WIJK_FILE = "geo/wijken-katwijk-2024.geojson";

    private final Path dir;
    private final ActivityIndex index;

    private BenchIndex(Path dir, ActivityIndex index) {
        this.dir = dir;
        this.index = index;
    }

    /**
     * Indexes every activity and commits once at the end, like a rebuild with one big batch: the follower commits
     * every 500 changes, which costs an fsync each and would measure the disk more than the index.
     */
    static BenchIndex build(Path dir, List<StoredActivity> activities, Clock clock) throws IOException {
        ActivityIndex index = ActivityIndex.open(dir, clock);
        for (StoredActivity activity : activities) {
            index.put(activity);
        }
        // seq 0 and no store claim: the application started on this folder claims it for its own (empty) store
        // without emptying it, and its follower finds no changes to apply, so it serves exactly this index.
        index.commit(0);
        return new BenchIndex(dir, index);
    }

    ActivitySearch search(Path configDir) {
        Taxonomy taxonomy = Taxonomy.load(configDir.resolve("taxonomy.yml"));
        return new ActivitySearch(index, taxonomy, QueryVocabulary.load(taxonomy, configDir.resolve(WIJK_FILE)));
    }

    Path dir() {
        return dir;
    }

    long bytesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /** Closes the writer (and its lock), so the application can open the folder. */
    @Override
    public void close() throws IOException {
        index.close();
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

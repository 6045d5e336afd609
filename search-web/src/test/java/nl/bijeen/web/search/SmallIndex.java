package nl.bijeen.web.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.index.ActivityIndex;

/** A real Lucene index in a temporary folder, at a fixed "now" (a Monday afternoon), for search tests. */
final class SmallIndex implements AutoCloseable {

    /** Monday 23 November 2026, 15:00. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, Activities.AMSTERDAM);

    final ActivityIndex index;
    private long seq;

    SmallIndex(Path dir) {
        index = ActivityIndex.open(dir, Clock.fixed(NOW.toInstant(), Activities.AMSTERDAM));
    }

    SmallIndex with(Listing... listings) throws Exception {
        for (Listing l : listings) {
            put(l.build());
        }
        return this;
    }

    SmallIndex put(StoredActivity activity) throws Exception {
        index.put(activity);
        index.commit(++seq);
        return this;
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}

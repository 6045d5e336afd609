package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Brings the stored items of one source in line with what one successful crawl of it found, inside the caller's
 * transaction: new items are inserted, items whose content hash changed are updated, unchanged items are not
 * touched. Every item written is then handed to {@link Reclustering}, which regroups the activities around it and
 * writes the change log (which follows activities, not items).
 *
 * <p>An item the crawl lacks is not deleted: sources hiccup, so it only counts as missing. It is marked gone
 * (invisible to readers, but kept for the history) once it has been missing from K successful crawls in a row, or
 * at once when its last date is past — a source dropping past events is normal. An item that is found again loses
 * its missing count without any change; a gone item that comes back is live again. The caller guarantees distinct
 * source item ids.
 */
public final class ActivitySync {

    private record Existing(long id, String contentHash, int missingCount, boolean gone, Instant lastEnd) {
    }

    private final ActivityRows rows = new ActivityRows();
    private final int missingCrawlsBeforeGone;
    private final Reclustering reclustering;

    /** With the default K ({@link LifecycleSettings#defaults()}) and default deduplication. */
    public ActivitySync() {
        this(LifecycleSettings.defaults().missingCrawlsBeforeGone(), DedupeSettings.defaults());
    }

    public ActivitySync(int missingCrawlsBeforeGone, DedupeSettings dedupe) {
        if (missingCrawlsBeforeGone < 1) {
            throw new IllegalArgumentException("missingCrawlsBeforeGone must be at least 1");
        }
        this.missingCrawlsBeforeGone = missingCrawlsBeforeGone;
        this.reclustering = new Reclustering(dedupe);
    }

    public SyncResult apply(Connection connection, String sourceId, List<ActivityDraft> drafts, Instant now)
            throws SQLException {
        return apply(connection, sourceId, drafts, now, false);
    }

    /**
     * @param absencesConfirmed true when the items this crawl lacks were already lacking from K crawls in a row
     *                          (a shrunken feed accepted after repeating): they are gone at once
     */
    public SyncResult apply(Connection connection, String sourceId, List<ActivityDraft> drafts, Instant now,
                            boolean absencesConfirmed) throws SQLException {
        Reclustering.lock(connection); // before any item is written: see Reclustering on why
        Map<String, Existing> existing = existingItems(connection, sourceId);
        Tally tally = new Tally();
        List<ActivityDraft> added = new ArrayList<>();
        for (ActivityDraft draft : drafts) {
            Existing before = existing.remove(draft.sourceItemId());
            if (before == null) {
                added.add(draft);
            } else {
                found(connection, draft, before, now, tally);
            }
        }
        for (long id : rows.insertAll(connection, added, now)) { // a first crawl: one batch, not a round trip each
            tally.change(id, Change.Op.INSERT);
        }
        for (Existing absent : existing.values()) {
            if (!absent.gone()) {
                missing(connection, absent, now, absencesConfirmed, tally);
            }
        }
        return tally.result(reclustering.apply(connection, tally.touched, now));
    }

    /**
     * A crawl that was answered "not modified" (304) saw the same content as the last one, so an item that was
     * missing then is missing again: its count goes up, and it may be gone now. Without this, a source that drops
     * an item and then only answers 304 would keep it forever. Items that were present stay untouched.
     */
    public SyncResult confirmAbsences(Connection connection, String sourceId, Instant now) throws SQLException {
        Reclustering.lock(connection);
        Tally tally = new Tally();
        for (Existing item : existingItems(connection, sourceId).values()) {
            if (!item.gone() && item.missingCount() > 0) {
                missing(connection, item, now, false, tally);
            } else if (!item.gone()) {
                tally.unchanged++;
            }
        }
        return tally.result(reclustering.apply(connection, tally.touched, now));
    }

    /** How many live (not gone) activities the source has: the base a shrunken crawl is compared with. */
    public static int liveCount(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM source_item WHERE source_id = ? AND gone_at IS NULL")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** An item the source already had: written again only when its content changed (or it was gone). */
    private void found(Connection connection, ActivityDraft draft, Existing before, Instant now, Tally tally)
            throws SQLException {
        String json = DraftJson.write(draft);
        String hash = ContentHash.of(json);
        if (before.gone()) {
            rows.update(connection, before.id(), draft, json, hash, now);
            tally.change(before.id(), Change.Op.INSERT);
        } else if (!before.contentHash().equals(hash)) {
            rows.update(connection, before.id(), draft, json, hash, now);
            tally.change(before.id(), Change.Op.UPDATE);
        } else {
            if (before.missingCount() > 0) {
                rows.missing(connection, before.id(), 0);
            }
            tally.unchanged++;
        }
    }

    private void missing(Connection connection, Existing absent, Instant now, boolean confirmed, Tally tally)
            throws SQLException {
        int count = absent.missingCount() + 1;
        boolean past = absent.lastEnd() != null && absent.lastEnd().isBefore(now);
        if (confirmed || past || count >= missingCrawlsBeforeGone) {
            rows.gone(connection, absent.id(), count, now);
            tally.change(absent.id(), Change.Op.REMOVE);
        } else {
            rows.missing(connection, absent.id(), count);
            tally.missing++;
        }
    }

    private static Map<String, Existing> existingItems(Connection connection, String sourceId) throws SQLException {
        Map<String, Existing> items = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.id, a.source_item_id, a.content_hash, a.missing_count, a.gone_at,
                       (SELECT MAX(COALESCE(o.ends_at, o.starts_at)) FROM occurrence o WHERE o.item_id = a.id)
                           AS last_end
                FROM source_item a WHERE a.source_id = ? ORDER BY a.id""")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.put(rs.getString("source_item_id"), new Existing(rs.getLong("id"),
                            rs.getString("content_hash"), rs.getInt("missing_count"),
                            rs.getObject("gone_at") != null, Sql.getInstant(rs, "last_end")));
                }
            }
        }
        return items;
    }

    /** What one sync did to the source's items, and which items deduplication must look at again. */
    private static final class Tally {
        private final List<Long> touched = new ArrayList<>();
        private int inserted;
        private int updated;
        private int removed;
        private int unchanged;
        private int missing;

        void change(long itemId, Change.Op op) {
            touched.add(itemId);
            switch (op) {
                case INSERT -> inserted++;
                case UPDATE -> updated++;
                case REMOVE -> removed++;
            }
        }

        SyncResult result(DedupeResult dedupe) {
            return new SyncResult(inserted, updated, removed, unchanged, missing, dedupe);
        }
    }
}

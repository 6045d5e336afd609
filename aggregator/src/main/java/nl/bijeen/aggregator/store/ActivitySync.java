package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Makes the stored activities of one source equal to what one crawl of it found, inside the caller's
 * transaction: new items are inserted, items whose content hash changed are updated, items the crawl no longer
 * contains are removed, and each of those writes gets a change-log entry. Unchanged items are not touched.
 * The caller guarantees the drafts have distinct source item ids.
 */
public final class ActivitySync {

    private record Existing(long id, String contentHash) {
    }

    private final ActivityRows rows = new ActivityRows();

    public SyncResult apply(Connection connection, String sourceId, List<ActivityDraft> drafts, Instant now)
            throws SQLException {
        Map<String, Existing> existing = existingItems(connection, sourceId);
        List<Change> changes = new ArrayList<>(); // seq 0: ChangeLog.append numbers them
        int unchanged = 0;
        for (ActivityDraft draft : drafts) {
            String json = DraftJson.write(draft);
            String hash = ContentHash.of(json);
            Existing before = existing.remove(draft.sourceItemId());
            if (before == null) {
                long id = rows.insert(connection, draft, json, hash, now);
                changes.add(new Change(0, id, Change.Op.INSERT));
            } else if (!before.contentHash().equals(hash)) {
                rows.update(connection, before.id(), draft, json, hash, now);
                changes.add(new Change(0, before.id(), Change.Op.UPDATE));
            } else {
                unchanged++;
            }
        }
        for (Existing gone : existing.values()) {
            rows.delete(connection, gone.id());
            changes.add(new Change(0, gone.id(), Change.Op.REMOVE));
        }
        ChangeLog.append(connection, changes, now);
        return count(changes, unchanged);
    }

    private static Map<String, Existing> existingItems(Connection connection, String sourceId) throws SQLException {
        Map<String, Existing> items = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, source_item_id, content_hash FROM activity WHERE source_id = ? ORDER BY id")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.put(rs.getString("source_item_id"), new Existing(rs.getLong("id"), rs.getString("content_hash")));
                }
            }
        }
        return items;
    }

    private static SyncResult count(List<Change> changes, int unchanged) {
        Map<Change.Op, Integer> perOp = new HashMap<>();
        changes.forEach(c -> perOp.merge(c.op(), 1, Integer::sum));
        return new SyncResult(perOp.getOrDefault(Change.Op.INSERT, 0), perOp.getOrDefault(Change.Op.UPDATE, 0),
                perOp.getOrDefault(Change.Op.REMOVE, 0), unchanged);
    }
}

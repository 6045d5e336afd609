package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Read side of the store, used by the index follower and the web module. Every method reads committed data
 * only; see {@link ChangeLog} for why following {@link #changesAfter} never skips a commit.
 */
public class ActivityStore {

    private final DataSource dataSource;

    public ActivityStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The highest committed change sequence number, 0 for an empty store. */
    public long lastSeq() {
        return Transactions.read(dataSource, "reading the last change number", ChangeLog::lastSeq);
    }

    /** Changes with seq greater than {@code afterSeq}, ascending, at most {@code limit}. */
    public List<Change> changesAfter(long afterSeq, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Transactions.read(dataSource, "reading changes", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, activity_id, op, entity FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, afterSeq);
                query.setInt(2, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new Change(rs.getLong("seq"), rs.getLong("activity_id"),
                                Change.Op.valueOf(rs.getString("op")), Change.Entity.valueOf(rs.getString("entity"))));
                    }
                }
                return changes;
            }
        });
    }

    /**
     * The activity as currently stored (merged from its sources); empty when it is gone, never existed or an admin
     * hid it ({@link Hiding}: the index, and so the search, API and exports, follow this method).
     */
    public Optional<StoredActivity> find(long activityId) {
        return Transactions.read(dataSource, "reading activity " + activityId, connection -> {
            List<StoredActivity> found = query(connection, "WHERE id = ? AND gone_at IS NULL"
                    + " AND id NOT IN (SELECT activity_id FROM hidden_activity)", activityId);
            return found.stream().findFirst();
        });
    }

    /** Every live activity one source publishes (alone or with other sources), in the order they were created. */
    public List<StoredActivity> findBySource(String sourceId) {
        return Transactions.read(dataSource, "reading activities of " + sourceId, connection -> query(connection, """
                WHERE gone_at IS NULL AND id IN (SELECT activity_id FROM source_item
                                                 WHERE source_id = ? AND gone_at IS NULL)
                ORDER BY id""", sourceId));
    }

    /**
     * Every item one source ever published, as it published it (not merged), gone ones included: past activities
     * stay in the store for the welfare-worker history. Ids are source item ids, in the order first stored.
     */
    public List<StoredActivity> history(String sourceId) {
        return Transactions.read(dataSource, "reading the history of " + sourceId, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, draft_json, first_seen_at, updated_at FROM source_item WHERE source_id = ? ORDER BY id")) {
                query.setString(1, sourceId);
                List<StoredActivity> found = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(new StoredActivity(rs.getLong("id"), DraftJson.read(rs.getString("draft_json")),
                                Sql.getInstant(rs, "first_seen_at"), Sql.getInstant(rs, "updated_at")));
                    }
                }
                return found;
            }
        });
    }

    /** The source items that make up one activity (live ones), for review: most recently joined last. */
    public List<ClusterMember> members(long activityId) {
        return Transactions.read(dataSource, "reading the sources of activity " + activityId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, source_id, source_item_id, title, link_score FROM source_item
                    WHERE activity_id = ? AND gone_at IS NULL ORDER BY id""")) {
                query.setLong(1, activityId);
                List<ClusterMember> members = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        members.add(new ClusterMember(rs.getLong("id"), rs.getString("source_id"),
                                rs.getString("source_item_id"), rs.getString("title"),
                                rs.getObject("link_score") == null ? null : rs.getDouble("link_score")));
                    }
                }
                return members;
            }
        });
    }

    /** How many live activities there are (after deduplication: one per real-world activity). */
    public long count() {
        return Transactions.read(dataSource, "counting activities", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM activity WHERE gone_at IS NULL");
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<StoredActivity> query(Connection connection, String condition, Object parameter)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, draft_json, publications_json, first_seen_at, updated_at FROM activity " + condition)) {
            query.setObject(1, parameter);
            List<StoredActivity> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredActivity(rs.getLong("id"), DraftJson.read(rs.getString("draft_json")),
                            Sql.getInstant(rs, "first_seen_at"), Sql.getInstant(rs, "updated_at"),
                            PublicationsJson.read(rs.getString("publications_json"))));
                }
            }
            return found;
        }
    }
}

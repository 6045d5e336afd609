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
                    "SELECT seq, activity_id, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, afterSeq);
                query.setInt(2, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new Change(rs.getLong("seq"), rs.getLong("activity_id"),
                                Change.Op.valueOf(rs.getString("op"))));
                    }
                }
                return changes;
            }
        });
    }

    /** The activity as currently stored; empty when it is gone (removed) or never existed. */
    public Optional<StoredActivity> find(long activityId) {
        return Transactions.read(dataSource, "reading activity " + activityId, connection -> {
            List<StoredActivity> found = query(connection, "WHERE id = ? AND gone_at IS NULL", activityId);
            return found.stream().findFirst();
        });
    }

    /** Every live (not gone) activity of one source, in the order they were first stored. */
    public List<StoredActivity> findBySource(String sourceId) {
        return Transactions.read(dataSource, "reading activities of " + sourceId,
                connection -> query(connection, "WHERE source_id = ? AND gone_at IS NULL ORDER BY id", sourceId));
    }

    /**
     * Every activity one source ever published, gone ones included (past activities stay in the store for the
     * welfare-worker history), in the order they were first stored.
     */
    public List<StoredActivity> history(String sourceId) {
        return Transactions.read(dataSource, "reading the history of " + sourceId,
                connection -> query(connection, "WHERE source_id = ? ORDER BY id", sourceId));
    }

    /** How many live (not gone) activities are stored, over all sources. */
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
                "SELECT id, draft_json, first_seen_at, updated_at FROM activity " + condition)) {
            query.setObject(1, parameter);
            List<StoredActivity> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredActivity(rs.getLong("id"), DraftJson.read(rs.getString("draft_json")),
                            Sql.getInstant(rs, "first_seen_at"), Sql.getInstant(rs, "updated_at")));
                }
            }
            return found;
        }
    }
}

package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Activities an admin hid with a reason (table {@code hidden_activity}). Hiding is a store change: it appends a
 * REMOVE to the change sequence, and {@link ActivityStore#find} no longer finds the activity, so the index — and
 * with it the search, the API and the exports — drops it. Showing it again appends an UPDATE, which indexes it anew.
 */
public final class Hiding {

    /** A hidden activity as admins see it; {@code title} is null when the activity itself is gone meanwhile. */
    public record Hidden(long activityId, String title, String reason, String hiddenBy, Instant hiddenAt) {
    }

    private final DataSource dataSource;

    public Hiding(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Hides the live activity; false when there is none with this id or it is hidden already. */
    public boolean hide(long activityId, String hiddenBy, String reason) {
        Instant now = Sql.storable(Instant.now());
        return Transactions.inTransaction(dataSource, "hiding activity " + activityId, connection -> {
            if (!live(connection, activityId) || hidden(connection, activityId)) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hidden_activity (activity_id, reason, hidden_by, hidden_at) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, activityId);
                insert.setString(2, reason);
                insert.setString(3, hiddenBy);
                Sql.setInstant(insert, 4, now);
                insert.executeUpdate();
            }
            ChangeLog.append(connection, List.of(new Change(0, activityId, Change.Op.REMOVE)), now);
            return true;
        });
    }

    /** Shows a hidden activity again; false when it was not hidden. */
    public boolean show(long activityId) {
        Instant now = Sql.storable(Instant.now());
        return Transactions.inTransaction(dataSource, "showing activity " + activityId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM hidden_activity WHERE activity_id = ?")) {
                delete.setLong(1, activityId);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            ChangeLog.append(connection, List.of(new Change(0, activityId, Change.Op.UPDATE)), now);
            return true;
        });
    }

    /** The activity a live source item belongs to now; empty when there is no such item. */
    public java.util.Optional<Long> activityOfItem(long itemId) {
        return Transactions.read(dataSource, "finding the activity of item " + itemId, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT activity_id FROM source_item WHERE id = ? AND gone_at IS NULL")) {
                query.setLong(1, itemId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    /** Every hidden activity, most recently hidden first. */
    public List<Hidden> all() {
        return Transactions.read(dataSource, "reading hidden activities", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT h.activity_id, h.reason, h.hidden_by, h.hidden_at, a.draft_json FROM hidden_activity h
                    LEFT JOIN activity a ON a.id = h.activity_id ORDER BY h.hidden_at DESC, h.activity_id""");
                 ResultSet rs = query.executeQuery()) {
                List<Hidden> hidden = new ArrayList<>();
                while (rs.next()) {
                    String json = rs.getString("draft_json");
                    hidden.add(new Hidden(rs.getLong("activity_id"), json == null ? null : DraftJson.read(json).title(),
                            rs.getString("reason"), rs.getString("hidden_by"), Sql.getInstant(rs, "hidden_at")));
                }
                return hidden;
            }
        });
    }

    private static boolean live(Connection connection, long activityId) throws SQLException {
        return exists(connection, "SELECT 1 FROM activity WHERE id = ? AND gone_at IS NULL", activityId);
    }

    private static boolean hidden(Connection connection, long activityId) throws SQLException {
        return exists(connection, "SELECT 1 FROM hidden_activity WHERE activity_id = ?", activityId);
    }

    private static boolean exists(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}

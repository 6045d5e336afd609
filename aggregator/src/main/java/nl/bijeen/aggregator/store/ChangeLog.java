package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Appends to the global change sequence inside the caller's transaction.
 *
 * <p>Numbers come from the single {@code change_counter} row, bumped with an UPDATE: the row lock it takes is
 * held until the transaction ends, so a second writer waits there until the first has committed (or rolled back,
 * which also returns its numbers). Hence numbers become visible in order and without holes — a reader that has
 * seen seq N has seen everything below N. Call it as late as possible in a transaction to keep that lock short.
 */
public final class ChangeLog {

    private ChangeLog() {
    }

    /** Appends one entry per change, numbered consecutively in list order. */
    public static void append(Connection connection, List<Change> pending, Instant at) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long first = reserve(connection, pending.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (seq, activity_id, op, changed_at, entity) VALUES (?, ?, ?, ?, ?)")) {
            long seq = first;
            for (Change change : pending) {
                insert.setLong(1, seq++);
                insert.setLong(2, change.activityId());
                insert.setString(3, change.op().name());
                Sql.setInstant(insert, 4, at);
                insert.setString(5, change.entity().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Takes {@code count} numbers; returns the first. Locks the counter row until the transaction ends. */
    private static long reserve(Connection connection, int count) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE change_counter SET last_seq = last_seq + ? WHERE id = 1")) {
            bump.setLong(1, count);
            if (bump.executeUpdate() != 1) {
                throw new SQLException("change_counter row is missing: the store was not migrated");
            }
        }
        return lastSeq(connection) - count + 1;
    }

    public static long lastSeq(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("change_counter row is missing: the store was not migrated");
            }
            return rs.getLong(1);
        }
    }
}

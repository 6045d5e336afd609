package nl.bijeen.aggregator.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Leases on due sources, so that any number of crawler nodes on one database divide the work and never crawl a
 * source twice in one due period. A node claims due sources that nobody holds (or whose lease ran out) with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}: rows another node is claiming at that moment are skipped rather than
 * waited for, so nodes never queue behind each other and never take the same row. The node then renews the leases
 * of its crawls in flight ({@link #renew}); recording a crawl's result releases its lease in the same transaction
 * ({@link SourceRepository#recordSuccess}, {@link SourceRepository#recordFailure}). A node that dies stops
 * renewing; when its leases expire the sources, still due, are claimed by another node.
 * H2 (2.x) accepts the same statement, so the default embedded store takes the same path.
 */
public final class SourceLeases {

    private final DataSource dataSource;
    private final String node;

    public SourceLeases(DataSource dataSource, String node) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.node = Objects.requireNonNull(node, "node");
    }

    public String node() {
        return node;
    }

    /**
     * Leases at most {@code limit} enabled sources whose time has come and that no live lease holds, longest overdue
     * first, until {@code now + lease}. Parked and paused sources are never claimed.
     */
    public List<String> claimDue(Instant now, Duration lease, int limit) {
        return Transactions.inTransaction(dataSource, "claiming due sources", connection -> {
            List<String> claimed = lockDue(connection, now, limit);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE source SET lease_owner = ?, lease_expires_at = ? WHERE id = ?")) {
                for (String id : claimed) {
                    update.setString(1, node);
                    Sql.setInstant(update, 2, now.plus(lease));
                    update.setString(3, id);
                    update.addBatch();
                }
                if (!claimed.isEmpty()) {
                    update.executeBatch();
                }
            }
            return claimed;
        });
    }

    /**
     * The heartbeat: every lease this node holds now runs until {@code now + lease}; returns how many were renewed.
     * A row this node's own crawl has locked to record its result is skipped rather than waited for (that crawl
     * releases the lease as it commits, and a locked row is skipped by every claim too), so one slow write never
     * holds up the renewal of the other leases.
     */
    public int renew(Instant now, Duration lease) {
        return Transactions.inTransaction(dataSource, "renewing the leases of " + node, connection -> {
            List<String> held = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM source WHERE lease_owner = ? FOR UPDATE SKIP LOCKED")) {
                query.setString(1, node);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        held.add(rs.getString(1));
                    }
                }
            }
            return extend(connection, held, now.plus(lease));
        });
    }

    /**
     * Gives up this node's lease on one source, if it still holds it: for a claimed source whose crawl ended without
     * recording a result (it was already being crawled on request here, or the store failed). Never touches
     * another node's lease.
     */
    public void release(String sourceId) {
        Transactions.inTransaction(dataSource, "releasing the lease on " + sourceId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE source SET lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ?")) {
                update.setString(1, sourceId);
                update.setString(2, node);
                return update.executeUpdate();
            }
        });
    }

    /**
     * In the caller's transaction, before a leased crawl writes its result: locks the source's row and tells whether
     * this node still holds the lease. False when the lease ran out and another node took the source (this node
     * stalled longer than the lease), or when a crawl on request recorded a result in the meantime: then this
     * crawl's result must not be written, or the source would be crawled twice in one period.
     */
    public boolean stillHeld(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT lease_owner FROM source WHERE id = ? FOR UPDATE")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && node.equals(rs.getString(1));
            }
        }
    }

    /** {@link #stillHeld} in a transaction of its own, for a failure about to be recorded. */
    public boolean stillHeld(String sourceId) {
        return Transactions.inTransaction(dataSource, "checking the lease on " + sourceId,
                connection -> stillHeld(connection, sourceId));
    }

    private static int extend(Connection connection, List<String> ids, Instant until) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source SET lease_expires_at = ? WHERE id = ?")) {
            for (String id : ids) {
                Sql.setInstant(update, 1, until);
                update.setString(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        return ids.size();
    }

    private static List<String> lockDue(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id FROM source
                WHERE enabled = TRUE AND parked_reason IS NULL AND paused = FALSE AND next_due_at <= ?
                  AND (lease_expires_at IS NULL OR lease_expires_at <= ?)
                ORDER BY next_due_at, id LIMIT ?
                FOR UPDATE SKIP LOCKED""")) {
            Sql.setInstant(query, 1, now);
            Sql.setInstant(query, 2, now);
            query.setInt(3, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}

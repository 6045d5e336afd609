package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import nl.bijeen.aggregator.dedupe.DedupeSettings;

/**
 * What admins decide about deduplication: these two items are the same activity (merge), never the same (never
 * merge), this item does not belong in its activity (split: never merge with each of the others). A decision is
 * stored and the activities are regrouped at once, in one transaction; every later crawl respects it.
 */
public final class DedupeDecisions {

    /** A stored decision about two source items ({@code itemA < itemB}). */
    public record Decision(long itemA, long itemB, Kind kind, String decidedBy, String reason, Instant decidedAt) {
    }

    public enum Kind { MERGE, NEVER }

    private final DataSource dataSource;
    private final Reclustering reclustering;

    public DedupeDecisions(DataSource dataSource, DedupeSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.reclustering = new Reclustering(settings);
    }

    /** The two items are one activity, whatever their scores. Replaces an earlier decision about the pair. */
    public DedupeResult merge(long itemA, long itemB, String decidedBy, String reason) {
        return decide(List.of(pair(itemA, itemB)), Kind.MERGE, decidedBy, reason);
    }

    /** The two items are never one activity, whatever their scores. Replaces an earlier decision about the pair. */
    public DedupeResult neverMerge(long itemA, long itemB, String decidedBy, String reason) {
        return decide(List.of(pair(itemA, itemB)), Kind.NEVER, decidedBy, reason);
    }

    /** Takes the item out of its activity: it is never merged with any item that is in that activity now. */
    public DedupeResult split(long itemId, String decidedBy, String reason) {
        long activityId = activityOf(itemId);
        List<long[]> pairs = new ArrayList<>();
        for (ClusterMember member : new ActivityStore(dataSource).members(activityId)) {
            if (member.itemId() != itemId) {
                pairs.add(pair(itemId, member.itemId()));
            }
        }
        return decide(pairs, Kind.NEVER, decidedBy, reason);
    }

    /** Forgets the decision about the pair (scores decide again). */
    public DedupeResult withdraw(long itemA, long itemB) {
        long[] pair = pair(itemA, itemB);
        return Transactions.inTransaction(dataSource, "withdrawing a dedupe decision", connection -> {
            Reclustering.lock(connection);
            delete(connection, pair);
            return reclustering.apply(connection, List.of(pair[0], pair[1]), Sql.storable(Instant.now()));
        });
    }

    /** Every decision, newest first. */
    public List<Decision> decisions() {
        return Transactions.read(dataSource, "reading dedupe decisions", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT item_a, item_b, decision, decided_by, reason, decided_at FROM dedupe_override
                    ORDER BY decided_at DESC, item_a, item_b""");
                 ResultSet rs = query.executeQuery()) {
                List<Decision> decisions = new ArrayList<>();
                while (rs.next()) {
                    decisions.add(new Decision(rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), Sql.getInstant(rs, "decided_at")));
                }
                return decisions;
            }
        });
    }

    private DedupeResult decide(List<long[]> pairs, Kind kind, String decidedBy, String reason) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("a dedupe decision needs the name of who made it");
        }
        Instant now = Sql.storable(Instant.now());
        return Transactions.inTransaction(dataSource, "storing a dedupe decision", connection -> {
            Reclustering.lock(connection);
            Set<Long> touched = new HashSet<>();
            for (long[] pair : pairs) {
                requireItems(connection, pair);
                delete(connection, pair);
                insert(connection, pair, kind, decidedBy, reason, now);
                touched.add(pair[0]);
                touched.add(pair[1]);
            }
            return reclustering.apply(connection, touched, now);
        });
    }

    private static long[] pair(long a, long b) {
        if (a == b) {
            throw new IllegalArgumentException("a dedupe decision is about two different items, got " + a + " twice");
        }
        return new long[] {Math.min(a, b), Math.max(a, b)};
    }

    private long activityOf(long itemId) {
        return Transactions.read(dataSource, "finding the activity of item " + itemId, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT activity_id FROM source_item WHERE id = ? AND gone_at IS NULL")) {
                query.setLong(1, itemId);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("there is no live source item " + itemId);
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void requireItems(Connection connection, long[] pair) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM source_item WHERE id IN (?, ?)")) {
            query.setLong(1, pair[0]);
            query.setLong(2, pair[1]);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 2) {
                    throw new IllegalArgumentException("source items " + pair[0] + " and " + pair[1]
                            + " do not both exist");
                }
            }
        }
    }

    private static void delete(Connection connection, long[] pair) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM dedupe_override WHERE item_a = ? AND item_b = ?")) {
            delete.setLong(1, pair[0]);
            delete.setLong(2, pair[1]);
            delete.executeUpdate();
        }
    }

    private static void insert(Connection connection, long[] pair, Kind kind, String decidedBy, String reason,
                               Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dedupe_override (item_a, item_b, decision, decided_by, reason, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, pair[0]);
            insert.setLong(2, pair[1]);
            insert.setString(3, kind.name());
            insert.setString(4, decidedBy);
            insert.setString(5, reason);
            Sql.setInstant(insert, 6, now);
            insert.executeUpdate();
        }
    }
}

package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.SqlLists;

/** The reads an {@link OrganisationPass} makes to decide what it must look at. */
final class PassQueries {

    private PassQueries() {
    }

    static String storedPublisher(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT publisher_json FROM source WHERE id = ?")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** True when the owner registered (or re-registered) the organisation after its mention was last written. */
    static boolean ownerRegistrationPending(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT so.entered_at, m.last_seen_at, m.gone_at FROM source_organisation so
                LEFT JOIN organisation_mention m ON m.source_id = so.source_id AND m.origin = 'OWNER'
                WHERE so.source_id = ?""")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Instant entered = Sql.getInstant(rs, "entered_at");
                    Instant written = Sql.getInstant(rs, "last_seen_at");
                    if (written == null || rs.getObject("gone_at") != null || entered.isAfter(written)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** Activities whose changes this transaction logged (an activity merged, split or gone changes its links). */
    static Set<Long> activitiesChangedAfter(Connection connection, long seq) throws SQLException {
        return longs(connection, "SELECT activity_id FROM change_log WHERE seq > ? AND entity = 'ACTIVITY'", seq);
    }

    static Set<Long> liveActivitiesOfSources(Connection connection, Set<String> sources) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (String source : sources) {
            ids.addAll(longs(connection, """
                    SELECT DISTINCT activity_id FROM source_item
                    WHERE source_id = ? AND gone_at IS NULL AND activity_id IS NOT NULL""", source));
        }
        return ids;
    }

    static Set<Long> linkedActivities(Connection connection, Set<Long> organisations) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(organisations)) {
            ids.addAll(longsIn(connection, "SELECT activity_id FROM activity_organisation WHERE organisation_id IN ",
                    chunk));
        }
        return ids;
    }

    static Set<Long> linkedOrganisations(Connection connection, Set<Long> activities) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(activities)) {
            ids.addAll(longsIn(connection, "SELECT organisation_id FROM activity_organisation WHERE activity_id IN ",
                    chunk));
        }
        return ids;
    }

    /** The highest organisation id handed out so far (rows, and mentions whose row the pass has yet to write). */
    static long lastOrganisationId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT (SELECT COALESCE(MAX(id), 0) FROM organisation),
                       (SELECT COALESCE(MAX(organisation_id), 0) FROM organisation_mention)""");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return Math.max(rs.getLong(1), rs.getLong(2)); // each an index lookup, not a scan of a union
        }
    }

    static Set<Long> longs(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            return collect(query);
        }
    }

    static Set<Long> longsIn(Connection connection, String sql, List<Long> chunk) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql + "(" + SqlLists.marks(chunk) + ")")) {
            SqlLists.bind(query, 1, chunk);
            return collect(query);
        }
    }

    static Set<Long> collect(PreparedStatement query) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}

package nl.bijeen.aggregator.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import nl.bijeen.aggregator.organisation.OrganisationJson;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.ChangeLog;
import nl.bijeen.aggregator.store.ContentHash;
import nl.bijeen.aggregator.store.Sql;

/**
 * Writes organisation rows straight into a migrated store, as the recognition pass would, with their change-log
 * entries: for tests of what reads organisations (index, pages, API, exports) that should not depend on how
 * sources are recognised. Tests of the recognition itself crawl real sources instead.
 */
public final class OrganisationRows {

    private OrganisationRows() {
    }

    /** Stores {@code organisation} (insert or replace) linked to {@code activityIds} as their organiser. */
    public static void put(DataSource dataSource, StoredOrganisation organisation, List<Long> activityIds) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            boolean existed = delete(connection, organisation.id());
            insert(connection, organisation);
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT INTO activity_organisation (activity_id, organisation_id, role) VALUES (?, ?, 'ORGANISER')")) {
                for (long activityId : activityIds) {
                    link.setLong(1, activityId);
                    link.setLong(2, organisation.id());
                    link.addBatch();
                }
                link.executeBatch();
            }
            ChangeLog.append(connection, List.of(Change.ofOrganisation(organisation.id(),
                    existed ? Change.Op.UPDATE : Change.Op.INSERT)), Instant.now());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store organisation " + organisation.id(), e);
        }
    }

    /** Marks the organisation gone and logs its removal. */
    public static void remove(DataSource dataSource, long organisationId) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement gone = connection.prepareStatement(
                    "UPDATE organisation SET gone_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                gone.setLong(1, organisationId);
                gone.executeUpdate();
            }
            ChangeLog.append(connection, List.of(Change.ofOrganisation(organisationId, Change.Op.REMOVE)),
                    Instant.now());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove organisation " + organisationId, e);
        }
    }

    private static boolean delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement links = connection.prepareStatement(
                "DELETE FROM activity_organisation WHERE organisation_id = ?");
             PreparedStatement row = connection.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
            links.setLong(1, id);
            links.executeUpdate();
            row.setLong(1, id);
            return row.executeUpdate() > 0;
        }
    }

    private static void insert(Connection connection, StoredOrganisation o) throws SQLException {
        String json = OrganisationJson.write(o);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO organisation (id, content_hash, name, kind, organisation_json, activity_count,
                                          first_seen_at, updated_at, gone_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)""")) {
            Instant now = Instant.now();
            insert.setLong(1, o.id());
            insert.setString(2, ContentHash.of(json));
            insert.setString(3, o.name());
            insert.setString(4, o.kind().code());
            insert.setString(5, json);
            insert.setInt(6, o.activityCount());
            Sql.setInstant(insert, 7, o.firstSeen() == null ? now : o.firstSeen());
            Sql.setInstant(insert, 8, o.updatedAt() == null ? now : o.updatedAt());
            insert.executeUpdate();
        }
    }
}

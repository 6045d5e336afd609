package nl.bijeen.aggregator.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Makes the {@code source} table follow the configured list: new sources are added and due at once, changed ones
 * are updated (a new URL or format also forgets the old validators and makes the source due), and configured
 * sources that left the list are disabled — never deleted, so their activities stay.
 */
public final class SourceRegistry {

    private record Row(SourceDefinition definition, boolean enabled, Instant nextDueAt) {
    }

    private final DataSource dataSource;

    public SourceRegistry(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public void sync(List<SourceDefinition> definitions, Instant now) {
        Set<String> listed = new HashSet<>();
        for (SourceDefinition definition : definitions) {
            if (!listed.add(definition.id())) {
                throw new IllegalArgumentException("source id '" + definition.id() + "' is listed twice");
            }
        }
        Transactions.inTransaction(dataSource, "registering sources", connection -> {
            Map<String, Row> existing = configuredRows(connection);
            // an admin's edit in the control room wins over the file, so a restart does not undo it
            for (SourceDefinition definition : SourceEdits.overlay(connection, definitions)) {
                Row row = existing.get(definition.id());
                if (row == null) {
                    insert(connection, definition, now);
                } else if (!row.definition().equals(definition) || !row.enabled()) {
                    update(connection, definition, row, now);
                }
            }
            for (String id : existing.keySet()) {
                if (!listed.contains(id) && existing.get(id).enabled()) {
                    disable(connection, id);
                }
            }
            return null;
        });
    }

    private static Map<String, Row> configuredRows(Connection connection) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, url, format, schedule_seconds, recipe, default_audiences, default_themes,"
                        + " default_wijk, priority, owner_email, paused, enabled, next_due_at FROM source"
                        + " WHERE origin = 'config'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                SourceDefinition definition = new SourceDefinition(rs.getString("id"), rs.getString("name"),
                        java.net.URI.create(rs.getString("url")), rs.getString("format"),
                        java.time.Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getString("recipe"),
                        IdLists.split(rs.getString("default_audiences")), IdLists.split(rs.getString("default_themes")),
                        rs.getString("default_wijk"), rs.getInt("priority"), rs.getString("owner_email"),
                        rs.getBoolean("paused"));
                rows.put(definition.id(), new Row(definition, rs.getBoolean("enabled"), Sql.getInstant(rs, "next_due_at")));
            }
        }
        return rows;
    }

    private static void insert(Connection connection, SourceDefinition definition, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO source (name, url, format, schedule_seconds, recipe, default_audiences, default_themes,
                                    default_wijk, priority, owner_email, paused, next_due_at, id, origin, enabled)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'config', TRUE)""")) {
            setDefinition(insert, definition, now);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, SourceDefinition definition, Row row, Instant now)
            throws SQLException {
        SourceDefinition before = row.definition();
        boolean refetch = !before.url().equals(definition.url()) || !before.format().equals(definition.format())
                || !java.util.Objects.equals(before.recipe(), definition.recipe());
        Instant nextDue = refetch || !row.enabled() ? now : earliest(row.nextDueAt(), now.plus(definition.schedule()));
        // a new address or reading is a fresh start: validators go, a parked source is taken back in, and a lease
        // taken for the old reading no longer keeps the source from being crawled the new way
        String validators = refetch ? ", etag = NULL, last_modified = NULL, parked_reason = NULL,"
                + " consecutive_failures = 0, lease_owner = NULL, lease_expires_at = NULL" : "";
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET name = ?, url = ?, format = ?,"
                + " schedule_seconds = ?, recipe = ?, default_audiences = ?, default_themes = ?, default_wijk = ?,"
                + " priority = ?, owner_email = ?, paused = ?, next_due_at = ?, enabled = TRUE" + validators
                + " WHERE id = ?")) {
            setDefinition(update, definition, nextDue);
            update.executeUpdate();
        }
    }

    /** Parameters 1–13 of both the insert and the update: the definition, then next_due_at, then the id. */
    private static void setDefinition(PreparedStatement statement, SourceDefinition definition, Instant nextDue)
            throws SQLException {
        statement.setString(1, definition.name());
        statement.setString(2, definition.url().toString());
        statement.setString(3, definition.format());
        statement.setLong(4, definition.schedule().toSeconds());
        statement.setString(5, definition.recipe());
        statement.setString(6, IdLists.join(definition.defaultAudiences()));
        statement.setString(7, IdLists.join(definition.defaultThemes()));
        statement.setString(8, definition.defaultWijk());
        statement.setInt(9, definition.priority());
        statement.setString(10, definition.ownerEmail());
        statement.setBoolean(11, definition.paused());
        Sql.setInstant(statement, 12, nextDue);
        statement.setString(13, definition.id());
    }

    private static void disable(Connection connection, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET enabled = FALSE WHERE id = ?")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

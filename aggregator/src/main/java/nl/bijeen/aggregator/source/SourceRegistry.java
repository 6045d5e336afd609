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
            for (SourceDefinition definition : definitions) {
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
                "SELECT id, name, url, format, schedule_seconds, recipe, enabled, next_due_at FROM source"
                        + " WHERE origin = 'config'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                SourceDefinition definition = new SourceDefinition(rs.getString("id"), rs.getString("name"),
                        java.net.URI.create(rs.getString("url")), rs.getString("format"),
                        java.time.Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getString("recipe"));
                rows.put(definition.id(), new Row(definition, rs.getBoolean("enabled"), Sql.getInstant(rs, "next_due_at")));
            }
        }
        return rows;
    }

    private static void insert(Connection connection, SourceDefinition definition, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO source (id, name, url, format, schedule_seconds, recipe, origin, enabled, next_due_at)
                VALUES (?, ?, ?, ?, ?, ?, 'config', TRUE, ?)""")) {
            insert.setString(1, definition.id());
            insert.setString(2, definition.name());
            insert.setString(3, definition.url().toString());
            insert.setString(4, definition.format());
            insert.setLong(5, definition.schedule().toSeconds());
            insert.setString(6, definition.recipe());
            Sql.setInstant(insert, 7, now);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, SourceDefinition definition, Row row, Instant now)
            throws SQLException {
        SourceDefinition before = row.definition();
        boolean refetch = !before.url().equals(definition.url()) || !before.format().equals(definition.format())
                || !java.util.Objects.equals(before.recipe(), definition.recipe());
        Instant nextDue = refetch || !row.enabled() ? now : earliest(row.nextDueAt(), now.plus(definition.schedule()));
        // a new address or reading is a fresh start: validators go, and a parked source is taken back in
        String validators = refetch
                ? ", etag = NULL, last_modified = NULL, parked_reason = NULL, consecutive_failures = 0" : "";
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET name = ?, url = ?, format = ?,"
                + " schedule_seconds = ?, recipe = ?, enabled = TRUE, next_due_at = ?" + validators + " WHERE id = ?")) {
            update.setString(1, definition.name());
            update.setString(2, definition.url().toString());
            update.setString(3, definition.format());
            update.setLong(4, definition.schedule().toSeconds());
            update.setString(5, definition.recipe());
            Sql.setInstant(update, 6, nextDue);
            update.setString(7, definition.id());
            update.executeUpdate();
        }
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

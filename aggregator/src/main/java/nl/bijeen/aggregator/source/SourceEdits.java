package nl.bijeen.aggregator.source;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Admin edits of sources' connector settings (table {@code source_override}). A saved edit changes the source at
 * once and is kept: {@link SourceRegistry#sync} lays it over the definition from config/sources.yml
 * ({@link #overlay}), so a restart does not undo it. A new format or recipe is a fresh start, as in the sync.
 */
public final class SourceEdits {

    private final DataSource dataSource;

    public SourceEdits(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The source as it is crawled now (with any edit applied); empty when there is no such source. */
    public Optional<SourceDefinition> definition(String sourceId) {
        return Transactions.read(dataSource, "reading source " + sourceId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM source WHERE id = ?")) {
                query.setString(1, sourceId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(definition(rs)) : Optional.<SourceDefinition>empty();
                }
            }
        });
    }

    /** Where each source comes from: 'config' (sources.yml) or what registered it otherwise. */
    public Map<String, String> origins() {
        return Transactions.read(dataSource, "reading source origins", connection -> {
            Map<String, String> origins = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, origin FROM source");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    origins.put(rs.getString(1), rs.getString(2));
                }
            }
            return origins;
        });
    }

    /** The admin edit of the source, if any. */
    public Optional<SourceEdit> find(String sourceId) {
        return Transactions.read(dataSource, "reading the edit of " + sourceId,
                connection -> Optional.ofNullable(edits(connection).get(sourceId)));
    }

    /** Stores the edit and applies it to the source now. False when there is no such source. */
    public boolean save(String sourceId, SourceEdit edit) {
        Instant now = Sql.storable(edit.editedAt());
        return Transactions.inTransaction(dataSource, "saving the edit of " + sourceId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM source_override WHERE source_id = ?")) {
                delete.setString(1, sourceId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO source_override (schedule_seconds, format, recipe, default_audiences, default_themes,
                                                 default_wijk, priority, source_id, edited_by, edited_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                setSettings(insert, edit, sourceId);
                insert.setString(9, edit.editedBy());
                Sql.setInstant(insert, 10, now);
                insert.executeUpdate();
            }
            return applyToSource(connection, sourceId, edit, now);
        });
    }

    /**
     * Forgets the admin edit: {@code fromFile} (the source's entry in sources.yml, if it has one) applies again now;
     * without one the source keeps its current settings. False when there was no edit.
     */
    public boolean forget(String sourceId, Optional<SourceDefinition> fromFile) {
        Instant now = Sql.storable(Instant.now());
        return Transactions.inTransaction(dataSource, "forgetting the edit of " + sourceId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM source_override WHERE source_id = ?")) {
                delete.setString(1, sourceId);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            if (fromFile.isPresent()) {
                applyToSource(connection, sourceId, SourceEdit.of(fromFile.get(), null, now), now);
            }
            return true;
        });
    }

    /** The definitions with every stored edit laid over them; called by the sync inside its transaction. */
    static List<SourceDefinition> overlay(Connection connection, List<SourceDefinition> definitions)
            throws SQLException {
        Map<String, SourceEdit> edits = edits(connection);
        List<SourceDefinition> result = new ArrayList<>();
        for (SourceDefinition definition : definitions) {
            SourceEdit edit = edits.get(definition.id());
            result.add(edit == null ? definition : edit.applyTo(definition));
        }
        return result;
    }

    private static boolean applyToSource(Connection connection, String sourceId, SourceEdit edit, Instant now)
            throws SQLException {
        SourceDefinition before = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM source WHERE id = ?")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    before = definition(rs);
                }
            }
        }
        if (before == null) {
            return false;
        }
        boolean refetch = !before.format().equals(edit.format()) || !Objects.equals(before.recipe(), edit.recipe());
        // as the sync does: another reading is a fresh start, so validators go and a parked source is taken back in
        String fresh = refetch ? ", etag = NULL, last_modified = NULL, recipe_hash = NULL, parked_reason = NULL,"
                + " consecutive_failures = 0, next_due_at = ?" : "";
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET schedule_seconds = ?,"
                + " format = ?, recipe = ?, default_audiences = ?, default_themes = ?, default_wijk = ?, priority = ?"
                + fresh + " WHERE id = ?")) {
            setSettings(update, edit, null);
            if (refetch) {
                Sql.setInstant(update, 8, now);
            }
            update.setString(refetch ? 9 : 8, sourceId);
            update.executeUpdate();
        }
        return true;
    }

    /** Parameters 1–7 the settings, 8 the source id when given. */
    private static void setSettings(PreparedStatement statement, SourceEdit edit, String sourceId)
            throws SQLException {
        statement.setLong(1, edit.schedule().toSeconds());
        statement.setString(2, edit.format());
        statement.setString(3, edit.recipe());
        statement.setString(4, IdLists.join(edit.defaultAudiences()));
        statement.setString(5, IdLists.join(edit.defaultThemes()));
        statement.setString(6, edit.defaultWijk());
        statement.setInt(7, edit.priority());
        if (sourceId != null) {
            statement.setString(8, sourceId);
        }
    }

    private static Map<String, SourceEdit> edits(Connection connection) throws SQLException {
        Map<String, SourceEdit> edits = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM source_override");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                edits.put(rs.getString("source_id"), new SourceEdit(
                        Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getString("format"),
                        rs.getString("recipe"), IdLists.split(rs.getString("default_audiences")),
                        IdLists.split(rs.getString("default_themes")), rs.getString("default_wijk"),
                        rs.getInt("priority"), rs.getString("edited_by"), Sql.getInstant(rs, "edited_at")));
            }
        }
        return edits;
    }

    private static SourceDefinition definition(ResultSet rs) throws SQLException {
        return new SourceDefinition(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("url")),
                rs.getString("format"), Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getString("recipe"),
                IdLists.split(rs.getString("default_audiences")), IdLists.split(rs.getString("default_themes")),
                rs.getString("default_wijk"), rs.getInt("priority"), rs.getString("owner_email"),
                rs.getBoolean("paused"));
    }
}

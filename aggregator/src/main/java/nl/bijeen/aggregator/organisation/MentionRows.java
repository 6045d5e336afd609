package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.SqlLists;
import nl.bijeen.connectors.model.Organiser;

/** The {@code organisation_mention} rows and their block keys ({@code organisation_block_key}). */
final class MentionRows {

    /** The longest name and key the table holds. */
    private static final int MAX_TEXT = 500;

    /** A stored mention with what recognition and merging read from it. */
    record Row(long id, String sourceId, String origin, String name, Organiser organiser, Long organisationId,
               boolean gone) {
    }

    private MentionRows() {
    }

    static long insert(Connection connection, String sourceId, String origin, String nameKey, String name,
                       String json, Instant now, RecognitionSettings settings) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO organisation_mention (source_id, origin, name_key, name, organiser_json, first_seen_at,
                                                  last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            insert.setString(1, sourceId);
            insert.setString(2, origin);
            insert.setString(3, cut(nameKey));
            insert.setString(4, cut(name));
            insert.setString(5, json);
            Sql.setInstant(insert, 6, now);
            Sql.setInstant(insert, 7, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeKeys(connection, id, json, settings);
        return id;
    }

    static void update(Connection connection, long id, String name, String json, Instant now,
                       RecognitionSettings settings) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE organisation_mention SET name = ?, organiser_json = ?, last_seen_at = ?, gone_at = NULL
                WHERE id = ?""")) {
            update.setString(1, cut(name));
            update.setString(2, json);
            Sql.setInstant(update, 3, now);
            update.setLong(4, id);
            update.executeUpdate();
        }
        writeKeys(connection, id, json, settings);
    }

    static void gone(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation_mention SET gone_at = ? WHERE id = ?")) {
            Sql.setInstant(update, 1, now);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Records which organisation each mention was recognised as. */
    static void assign(Connection connection, List<long[]> mentionAndOrganisation) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation_mention SET organisation_id = ? WHERE id = ?")) {
            for (long[] pair : mentionAndOrganisation) {
                update.setLong(1, pair[1]);
                update.setLong(2, pair[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The mentions with these ids. */
    static List<Row> byIds(Connection connection, Collection<Long> ids) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (List<Long> chunk : SqlLists.chunks(ids)) {
            rows.addAll(query(connection, "id IN (" + SqlLists.marks(chunk) + ")", chunk));
        }
        return rows;
    }

    /** The live mentions of these organisations. */
    static List<Row> liveOf(Connection connection, Collection<Long> organisationIds) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (List<Long> chunk : SqlLists.chunks(organisationIds)) {
            rows.addAll(query(connection, "gone_at IS NULL AND organisation_id IN (" + SqlLists.marks(chunk) + ")",
                    chunk));
        }
        return rows;
    }

    /** Ids of live mentions sharing a block key with one of {@code mentionIds}. */
    static Set<Long> neighbours(Connection connection, Collection<Long> mentionIds) throws SQLException {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(mentionIds)) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT other.mention_id FROM organisation_block_key mine
                    JOIN organisation_block_key other ON other.block_key = mine.block_key
                    JOIN organisation_mention m ON m.id = other.mention_id
                    WHERE m.gone_at IS NULL AND mine.mention_id IN (""" + SqlLists.marks(chunk) + ")")) {
                SqlLists.bind(query, 1, chunk);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    /** Ids of every live mention (a full pass, after the admin changed a decision or the rules changed). */
    static Set<Long> allLive(Connection connection) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM organisation_mention WHERE gone_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Row> query(Connection connection, String where, List<Long> chunk) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, source_id, origin, name, organiser_json, organisation_id, gone_at
                FROM organisation_mention WHERE\s""" + where)) {
            SqlLists.bind(query, 1, chunk);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), rs.getString("source_id"), rs.getString("origin"),
                            rs.getString("name"), DraftJson.readOrganiserJson(rs.getString("organiser_json")),
                            Sql.getNullableLong(rs, "organisation_id"), rs.getObject("gone_at") != null));
                }
            }
        }
        return rows;
    }

    private static void writeKeys(Connection connection, long id, String json, RecognitionSettings settings)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM organisation_block_key WHERE mention_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        Set<String> keys = Recogniser.blockKeys(Naming.of(id, DraftJson.readOrganiserJson(json), settings));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO organisation_block_key (mention_id, block_key) VALUES (?, ?)")) {
            for (String key : keys) {
                insert.setLong(1, id);
                insert.setString(2, key.length() > 600 ? key.substring(0, 600) : key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}

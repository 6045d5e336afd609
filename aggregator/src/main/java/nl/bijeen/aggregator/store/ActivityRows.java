package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;

/** Row-level writes of {@code source_item} and its {@code occurrence}s, on the caller's connection. */
final class ActivityRows {

    /** Column limits of V1; the full values always live in draft_json, these columns only serve queries. */
    private static final int TITLE_MAX = 1000;
    private static final int PLACE_MAX = 1000;

    /** Inserts new items and their dates in batches; returns their ids in the order of {@code drafts}. */
    List<Long> insertAll(Connection connection, List<ActivityDraft> drafts, Instant now) throws SQLException {
        if (drafts.isEmpty()) {
            return List.of();
        }
        String sql = """
                INSERT INTO source_item (source_id, source_item_id, content_hash, title, status, first_start_at,
                                      last_start_at, place_name, draft_json, dedupe_regions, first_seen_at,
                                      updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        List<Long> ids = new ArrayList<>(drafts.size());
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (ActivityDraft draft : drafts) {
                String json = DraftJson.write(draft);
                insert.setString(1, draft.sourceId());
                insert.setString(2, draft.sourceItemId());
                int next = bindContent(insert, 3, draft, json, ContentHash.of(json));
                Sql.setInstant(insert, next, now);
                Sql.setInstant(insert, next + 1, now);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != drafts.size()) {
            throw new SQLException("the database returned " + ids.size() + " ids for " + drafts.size() + " new items");
        }
        insertOccurrences(connection, ids, drafts.stream().map(d -> d.schedule().occurrences()).toList());
        return ids;
    }

    void update(Connection connection, long id, ActivityDraft draft, String json, String hash, Instant now)
            throws SQLException {
        String sql = """
                UPDATE source_item SET content_hash = ?, title = ?, status = ?, first_start_at = ?, last_start_at = ?,
                                    place_name = ?, draft_json = ?, dedupe_regions = ?, updated_at = ?,
                                    missing_count = 0,
                                    gone_at = NULL
                WHERE id = ?""";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int next = bindContent(update, 1, draft, json, hash);
            Sql.setInstant(update, next, now);
            update.setLong(next + 1, id);
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM occurrence WHERE item_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertOccurrences(connection, id, draft.schedule().occurrences());
    }

    /** Records how many successful crawls in a row lacked the item (0: it was found again). */
    void missing(Connection connection, long id, int missingCount) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source_item SET missing_count = ? WHERE id = ?")) {
            update.setInt(1, missingCount);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Gives the item up: readers no longer see it, but the row and its dates stay for the history. */
    void gone(Connection connection, long id, int missingCount, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source_item SET missing_count = ?, gone_at = ? WHERE id = ?")) {
            update.setInt(1, missingCount);
            Sql.setInstant(update, 2, now);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Binds hash, title, status, first/last start, place and JSON from {@code index}; returns the next index. */
    private static int bindContent(PreparedStatement statement, int index, ActivityDraft draft, String json,
                                   String hash) throws SQLException {
        List<Occurrence> occurrences = draft.schedule().occurrences();
        statement.setString(index, hash);
        statement.setString(index + 1, clip(draft.title(), TITLE_MAX));
        statement.setString(index + 2, draft.status().name());
        Sql.setInstant(statement, index + 3, occurrences.isEmpty() ? null : occurrences.getFirst().start().toInstant());
        Sql.setInstant(statement, index + 4, occurrences.isEmpty() ? null : occurrences.getLast().start().toInstant());
        statement.setString(index + 5, draft.place() == null ? null : clip(draft.place().name(), PLACE_MAX));
        statement.setString(index + 6, json);
        statement.setString(index + 7, DedupeRegions.column(draft.place()));
        return index + 8;
    }

    private static void insertOccurrences(Connection connection, long itemId, List<Occurrence> occurrences)
            throws SQLException {
        insertOccurrences(connection, List.of(itemId), List.of(occurrences));
    }

    /** The dates of several items in one batch; {@code dates} holds the occurrences of each id. */
    private static void insertOccurrences(Connection connection, List<Long> ids, List<List<Occurrence>> dates)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO occurrence (item_id, starts_at, ends_at, cancelled) VALUES (?, ?, ?, ?)")) {
            int rows = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (Occurrence o : dates.get(i)) {
                    insert.setLong(1, ids.get(i));
                    Sql.setInstant(insert, 2, o.start().toInstant());
                    Sql.setInstant(insert, 3, o.end() == null ? null : o.end().toInstant());
                    insert.setBoolean(4, o.cancelled());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

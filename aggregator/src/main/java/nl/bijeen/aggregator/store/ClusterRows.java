package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.dedupe.Merger;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;

/** Row-level reads and writes of {@code activity} (the merged activities), on the caller's connection. */
final class ClusterRows {

    /** What is stored of an activity that decides whether a new merge changes it. */
    record Current(String contentHash, boolean gone) {
    }

    /** A merged activity ready to write: its JSON texts and their hash. */
    record Content(ActivityDraft draft, String draftJson, String publicationsJson, String hash, int itemCount) {

        static Content of(Merger.Merged merged) {
            String draft = DraftJson.write(merged.draft());
            String publications = PublicationsJson.write(merged.publications());
            return new Content(merged.draft(), draft, publications, ContentHash.of(draft + '\n' + publications),
                    merged.publications().size());
        }
    }

    private static final int TITLE_MAX = 1000;
    private static final int PLACE_MAX = 1000;

    static Map<Long, Current> current(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, Current> found = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(ids)) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, content_hash, gone_at FROM activity WHERE id IN (" + SqlLists.marks(chunk) + ")")) {
                SqlLists.bind(query, 1, chunk);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong("id"), new Current(rs.getString("content_hash"),
                                rs.getObject("gone_at") != null));
                    }
                }
            }
        }
        return found;
    }

    /** An activity to write: its id and merged content. */
    record Write(long id, Content content) {
    }

    /** One item's membership: the activity it belongs to and the score it joined with. */
    record Assignment(long itemId, long activityId, Double score) {
    }

    /** Inserts new activities in one batch (a first crawl creates hundreds: one round trip, not hundreds). */
    static void insertAll(Connection connection, List<Write> writes, Instant now) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO activity (content_hash, title, status, first_start_at, last_start_at, place_name,
                                      draft_json, publications_json, item_count, updated_at, id, first_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Write write : writes) {
                int next = bind(insert, write.content(), now);
                insert.setLong(next, write.id());
                Sql.setInstant(insert, next + 1, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** New content for activities, in one batch; one that was gone is live again. */
    static void updateAll(Connection connection, List<Write> writes, Instant now) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE activity SET content_hash = ?, title = ?, status = ?, first_start_at = ?, last_start_at = ?,
                                    place_name = ?, draft_json = ?, publications_json = ?, item_count = ?,
                                    updated_at = ?, gone_at = NULL
                WHERE id = ?""")) {
            for (Write write : writes) {
                int next = bind(update, write.content(), now);
                update.setLong(next, write.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** No live item describes the activity any more: readers stop seeing it, the row stays for the history. */
    static void gone(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE activity SET gone_at = ? WHERE id = ? AND gone_at IS NULL")) {
            Sql.setInstant(update, 1, now);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Records, in one batch, which activity each item belongs to now and the score it joined with. */
    static void assignAll(Connection connection, List<Assignment> assignments) throws SQLException {
        if (assignments.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source_item SET activity_id = ?, link_score = ? WHERE id = ?")) {
            for (Assignment assignment : assignments) {
                update.setLong(1, assignment.activityId());
                if (assignment.score() == null) {
                    update.setNull(2, java.sql.Types.DOUBLE);
                } else {
                    update.setDouble(2, assignment.score());
                }
                update.setLong(3, assignment.itemId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static int bind(PreparedStatement statement, Content content, Instant now) throws SQLException {
        List<Occurrence> occurrences = content.draft().schedule().occurrences();
        ActivityDraft draft = content.draft();
        statement.setString(1, content.hash());
        statement.setString(2, clip(draft.title(), TITLE_MAX));
        statement.setString(3, draft.status().name());
        Sql.setInstant(statement, 4, occurrences.isEmpty() ? null : occurrences.getFirst().start().toInstant());
        Sql.setInstant(statement, 5, occurrences.isEmpty() ? null : occurrences.getLast().start().toInstant());
        statement.setString(6, draft.place() == null ? null : clip(draft.place().name(), PLACE_MAX));
        statement.setString(7, content.draftJson());
        statement.setString(8, content.publicationsJson());
        statement.setInt(9, content.itemCount());
        Sql.setInstant(statement, 10, now);
        return 11;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

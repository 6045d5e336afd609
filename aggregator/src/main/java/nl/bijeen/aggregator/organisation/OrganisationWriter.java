package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.ContentHash;
import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.SqlLists;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Writes the {@code organisation} rows of the organisations a pass touched: merged from their live mentions, linked
 * live activities and admin corrections ({@link OrganisationMerger}); written, with a change, only when the content
 * hash differs. An organisation left without live mentions is marked gone.
 */
final class OrganisationWriter {

    private record Current(String hash, boolean gone) {
    }

    private final OrganisationMerger merger;

    OrganisationWriter(OrganisationMerger merger) {
        this.merger = merger;
    }

    /** Brings the rows of {@code organisationIds} up to date; returns the changes to log. */
    List<Change> write(Connection connection, Collection<Long> organisationIds, Instant now) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (List<Long> chunk : SqlLists.chunks(new TreeSet<>(organisationIds))) {
            Map<Long, List<MentionRows.Row>> mentions = new HashMap<>();
            for (MentionRows.Row row : MentionRows.liveOf(connection, chunk)) {
                mentions.computeIfAbsent(row.organisationId(), k -> new ArrayList<>()).add(row);
            }
            Map<Long, List<ActivityDraft>> activities = activities(connection, chunk);
            Map<Long, OrganisationEdit> edits = edits(connection, chunk);
            Map<Long, Current> current = current(connection, chunk);
            for (long id : chunk) {
                Current before = current.get(id);
                List<MentionRows.Row> live = mentions.get(id);
                if (live == null) {
                    if (before != null && !before.gone()) {
                        gone(connection, id, now);
                        changes.add(Change.ofOrganisation(id, Change.Op.REMOVE));
                    }
                    continue;
                }
                StoredOrganisation merged = merger.merge(id, live, activities.getOrDefault(id, List.of()),
                        edits.getOrDefault(id, OrganisationEdit.NONE));
                String json = OrganisationJson.write(merged);
                String hash = ContentHash.of(merged.name() + '\n' + merged.kind().code() + '\n'
                        + merged.activityCount() + '\n' + json);
                if (before == null) {
                    insert(connection, merged, json, hash, now);
                    changes.add(Change.ofOrganisation(id, Change.Op.INSERT));
                } else if (before.gone() || !before.hash().equals(hash)) {
                    update(connection, merged, json, hash, now);
                    changes.add(Change.ofOrganisation(id, before.gone() ? Change.Op.INSERT : Change.Op.UPDATE));
                }
            }
        }
        return changes;
    }

    private static Map<Long, List<ActivityDraft>> activities(Connection connection, List<Long> ids)
            throws SQLException {
        Map<Long, List<ActivityDraft>> drafts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT ao.organisation_id, a.draft_json FROM activity_organisation ao
                JOIN activity a ON a.id = ao.activity_id
                WHERE a.gone_at IS NULL AND ao.organisation_id IN (""" + SqlLists.marks(ids) + ") ORDER BY a.id")) {
            SqlLists.bind(query, 1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    drafts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(DraftJson.read(rs.getString(2)));
                }
            }
        }
        return drafts;
    }

    /** The corrections of each organisation, older ones first so later ones win. */
    private static Map<Long, OrganisationEdit> edits(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, OrganisationEdit> edits = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT m.organisation_id, e.edit_json FROM organisation_edit e
                JOIN organisation_mention m ON m.id = e.mention_id
                WHERE m.organisation_id IN (""" + SqlLists.marks(ids) + ") ORDER BY e.edited_at, e.mention_id")) {
            SqlLists.bind(query, 1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    edits.merge(rs.getLong(1), OrganisationEdit.fromJson(rs.getString(2)), OrganisationEdit::then);
                }
            }
        }
        return edits;
    }

    private static Map<Long, Current> current(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Current> current = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, content_hash, gone_at FROM organisation WHERE id IN (" + SqlLists.marks(ids) + ")")) {
            SqlLists.bind(query, 1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getLong(1), new Current(rs.getString(2), rs.getObject(3) != null));
                }
            }
        }
        return current;
    }

    private static void insert(Connection connection, StoredOrganisation o, String json, String hash, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO organisation (content_hash, name, kind, organisation_json, activity_count, updated_at,
                                          id, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int next = bind(insert, o, json, hash, now);
            Sql.setInstant(insert, next, now);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, StoredOrganisation o, String json, String hash, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE organisation SET content_hash = ?, name = ?, kind = ?, organisation_json = ?, activity_count = ?,
                                        updated_at = ?, gone_at = NULL WHERE id = ?""")) {
            bind(update, o, json, hash, now);
            update.executeUpdate();
        }
    }

    /** Binds the columns shared by insert and update, the id last; returns the next parameter index. */
    private static int bind(PreparedStatement statement, StoredOrganisation o, String json, String hash, Instant now)
            throws SQLException {
        statement.setString(1, hash);
        statement.setString(2, o.name().length() > 500 ? o.name().substring(0, 500) : o.name());
        statement.setString(3, o.kind().code());
        statement.setString(4, json);
        statement.setInt(5, o.activityCount());
        Sql.setInstant(statement, 6, now);
        statement.setLong(7, o.id());
        return 8;
    }

    private static void gone(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE organisation SET gone_at = ? WHERE id = ?")) {
            Sql.setInstant(update, 1, now);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}

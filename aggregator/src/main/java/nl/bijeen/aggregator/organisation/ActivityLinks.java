package nl.bijeen.aggregator.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.SqlLists;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * Links activities to organisations ({@code activity_organisation}): ORGANISER when one of the activity's live
 * items names it, PUBLISHER when an item names no organiser and its source names its publisher. Recomputed from
 * the items for the activities a pass touched; only rows that differ are written.
 */
final class ActivityLinks {

    private record Link(long organisationId, String role) {
    }

    private final MentionSync keys;

    ActivityLinks(MentionSync keys) {
        this.keys = keys;
    }

    /** Relinks the activities; returns the organisations whose links changed (before or after). */
    Set<Long> relink(Connection connection, Collection<Long> activityIds) throws SQLException {
        Set<Long> changed = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(activityIds)) {
            Map<Long, Map<Long, String>> wanted = wanted(connection, chunk);
            Map<Long, Map<Long, String>> current = current(connection, chunk);
            List<long[]> deletes = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            for (long activity : chunk) {
                Map<Long, String> want = wanted.getOrDefault(activity, Map.of());
                Map<Long, String> have = current.getOrDefault(activity, Map.of());
                have.forEach((org, role) -> {
                    if (!role.equals(want.get(org))) {
                        deletes.add(new long[] {activity, org});
                        changed.add(org);
                    }
                });
                want.forEach((org, role) -> {
                    if (!role.equals(have.get(org))) {
                        inserts.add(new Object[] {activity, org, role});
                        changed.add(org);
                    }
                });
            }
            write(connection, deletes, inserts);
        }
        return changed;
    }

    private Map<Long, Map<Long, String>> wanted(Connection connection, List<Long> activities) throws SQLException {
        Map<Long, List<ActivityDraft>> items = new HashMap<>();
        Set<String> sources = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT si.activity_id, si.draft_json FROM source_item si JOIN activity a ON a.id = si.activity_id
                WHERE si.gone_at IS NULL AND a.gone_at IS NULL AND si.activity_id IN (""" + SqlLists.marks(activities)
                + ")")) {
            SqlLists.bind(query, 1, activities);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ActivityDraft draft = DraftJson.read(rs.getString(2));
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(draft);
                    sources.add(draft.sourceId());
                }
            }
        }
        Map<String, Long> mentions = liveMentions(connection, sources);
        Map<Long, Map<Long, String>> wanted = new HashMap<>();
        items.forEach((activity, drafts) -> {
            Map<Long, String> links = new HashMap<>();
            for (ActivityDraft draft : drafts) {
                Link link = linkOf(draft, mentions);
                if (link != null && !"ORGANISER".equals(links.get(link.organisationId()))) {
                    links.put(link.organisationId(), link.role());
                }
            }
            wanted.put(activity, links);
        });
        return wanted;
    }

    private Link linkOf(ActivityDraft draft, Map<String, Long> mentions) {
        if (draft.organiser() != null && draft.organiser().name() != null && !draft.organiser().name().isBlank()) {
            Long org = mentions.get(draft.sourceId() + "\n" + "ORGANISER\n" + keys.storedKey(draft.organiser().name()));
            return org == null ? null : new Link(org, "ORGANISER");
        }
        Long publisher = mentions.get(draft.sourceId() + "\nPUBLISHER");
        return publisher == null ? null : new Link(publisher, "PUBLISHER");
    }

    /** "source\nORIGIN\nkey" → organisation, and "source\nPUBLISHER" → the source's publisher's organisation. */
    private static Map<String, Long> liveMentions(Connection connection, Set<String> sources) throws SQLException {
        Map<String, Long> mentions = new HashMap<>();
        for (String source : sources) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT origin, name_key, organisation_id FROM organisation_mention
                    WHERE source_id = ? AND gone_at IS NULL AND organisation_id IS NOT NULL""")) {
                query.setString(1, source);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String origin = rs.getString(1);
                        mentions.put(source + "\n" + origin + "\n" + rs.getString(2), rs.getLong(3));
                        if (origin.equals("PUBLISHER")) {
                            mentions.put(source + "\nPUBLISHER", rs.getLong(3));
                        }
                    }
                }
            }
        }
        return mentions;
    }

    private static Map<Long, Map<Long, String>> current(Connection connection, List<Long> activities)
            throws SQLException {
        Map<Long, Map<Long, String>> current = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT activity_id, organisation_id, role FROM activity_organisation WHERE activity_id IN ("
                        + SqlLists.marks(activities) + ")")) {
            SqlLists.bind(query, 1, activities);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    current.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
                }
            }
        }
        return current;
    }

    private static void write(Connection connection, List<long[]> deletes, List<Object[]> inserts)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM activity_organisation WHERE activity_id = ? AND organisation_id = ?")) {
            for (long[] row : deletes) {
                delete.setLong(1, row[0]);
                delete.setLong(2, row[1]);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO activity_organisation (activity_id, organisation_id, role) VALUES (?, ?, ?)")) {
            for (Object[] row : inserts) {
                insert.setLong(1, (Long) row[0]);
                insert.setLong(2, (Long) row[1]);
                insert.setString(3, (String) row[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.bijeen.aggregator.dedupe.Overrides;
import nl.bijeen.connectors.model.ActivityDraft;

/** Reads what a deduplication pass works on: source items with their source's trust, candidates, overrides. */
final class DedupeInputs {

    /** A source item as deduplication sees it. */
    record Item(long itemId, String sourceId, String sourceName, int priority, Long activityId, Double linkScore,
                ActivityDraft draft, boolean gone) {
    }

    private static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");
    /** Date ranges per query: enough to keep round trips few, few enough to keep the statement small. */
    private static final int RANGES_PER_QUERY = 40;

    private DedupeInputs() {
    }

    static Map<Long, Item> items(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, Item> items = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(ids)) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT si.id, si.source_id, s.name, s.priority, si.activity_id, si.link_score, si.draft_json, si.gone_at
                    FROM source_item si JOIN source s ON s.id = si.source_id
                    WHERE si.id IN (""" + SqlLists.marks(chunk) + ")")) {
                SqlLists.bind(query, 1, chunk);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        items.put(rs.getLong("id"), new Item(rs.getLong("id"), rs.getString("source_id"),
                                rs.getString("name"), rs.getInt("priority"), Sql.getNullableLong(rs, "activity_id"),
                                rs.getObject("link_score") == null ? null : rs.getDouble("link_score"),
                                DraftJson.read(rs.getString("draft_json")), rs.getObject("gone_at") != null));
                    }
                }
            }
        }
        return items;
    }

    /**
     * Live items with a date on one of {@code dates} (local days) in one of {@code regions}: the only dated items
     * that can match. Items stored before regions were recorded (null) are always included.
     */
    static Set<Long> liveItemsOn(Connection connection, Collection<LocalDate> dates, Collection<String> regions)
            throws SQLException {
        List<LocalDate[]> ranges = ranges(new TreeSet<>(dates));
        List<String> patterns = List.copyOf(DedupeRegions.patterns(regions));
        String inRegion = "si.dedupe_regions IS NULL" + " OR si.dedupe_regions LIKE ?".repeat(patterns.size());
        Set<Long> ids = new HashSet<>();
        for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
            List<LocalDate[]> part = ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY));
            String condition = String.join(" OR ",
                    java.util.Collections.nCopies(part.size(), "(o.starts_at >= ? AND o.starts_at < ?)"));
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT o.item_id FROM occurrence o JOIN source_item si ON si.id = o.item_id
                    WHERE si.gone_at IS NULL AND (""" + inRegion + ") AND (" + condition + ")")) {
                int index = 1;
                for (String pattern : patterns) {
                    query.setString(index++, pattern);
                }
                for (LocalDate[] range : part) {
                    Sql.setInstant(query, index++, range[0].atStartOfDay(LOCAL).toInstant());
                    Sql.setInstant(query, index++, range[1].plusDays(1).atStartOfDay(LOCAL).toInstant());
                }
                collect(query, ids);
            }
        }
        return ids;
    }

    /** Live items without a date (ongoing offers). */
    static Set<Long> liveOngoingItems(Connection connection) throws SQLException {
        return ids(connection, "SELECT id FROM source_item WHERE gone_at IS NULL AND first_start_at IS NULL");
    }

    static Set<Long> allLiveItems(Connection connection) throws SQLException {
        return ids(connection, "SELECT id FROM source_item WHERE gone_at IS NULL");
    }

    /** The live items of these activities: a pass must see whole activities, never half of one. */
    static Set<Long> liveItemsOf(Connection connection, Collection<Long> activityIds) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (List<Long> chunk : SqlLists.chunks(activityIds)) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM source_item WHERE gone_at IS NULL AND activity_id IN (" + SqlLists.marks(chunk)
                            + ")")) {
                SqlLists.bind(query, 1, chunk);
                collect(query, ids);
            }
        }
        return ids;
    }

    /** The admin decisions that concern two of {@code items}. */
    static Overrides overrides(Connection connection, Set<Long> items) throws SQLException {
        List<Overrides.Pair> merge = new ArrayList<>();
        List<Overrides.Pair> never = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT item_a, item_b, decision FROM dedupe_override");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Overrides.Pair pair = new Overrides.Pair(rs.getLong("item_a"), rs.getLong("item_b"));
                if (items.contains(pair.a()) && items.contains(pair.b())) {
                    ("MERGE".equals(rs.getString("decision")) ? merge : never).add(pair);
                }
            }
        }
        return new Overrides(merge, never);
    }

    /** Consecutive dates joined into [first, last] ranges, so a month of daily dates is one condition. */
    private static List<LocalDate[]> ranges(TreeSet<LocalDate> dates) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate date : dates) {
            if (!ranges.isEmpty() && ranges.getLast()[1].plusDays(1).equals(date)) {
                ranges.getLast()[1] = date;
            } else {
                ranges.add(new LocalDate[] {date, date});
            }
        }
        return ranges;
    }

    private static Set<Long> ids(Connection connection, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            collect(query, ids);
        }
        return ids;
    }

    private static void collect(PreparedStatement query, Set<Long> ids) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
    }
}

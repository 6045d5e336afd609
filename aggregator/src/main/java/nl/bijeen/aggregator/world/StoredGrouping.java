package nl.bijeen.aggregator.world;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import nl.bijeen.aggregator.dedupe.Clustering;
import nl.bijeen.aggregator.dedupe.labelled.PairwiseScore;

/**
 * What a crawl of a generated world stored, read back from the store's tables: which activity every live item
 * ("site itemId") belongs to, and that grouping scored against the world's ground truth.
 *
 * @param activityOfItem per live item, "siteId itemId" → the id of the stored activity it belongs to
 */
public record StoredGrouping(Map<String, Long> activityOfItem) {

    public static StoredGrouping read(DataSource dataSource) throws SQLException {
        Map<String, Long> activityOfItem = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT source_id, source_item_id, activity_id FROM source_item WHERE gone_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                activityOfItem.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return new StoredGrouping(activityOfItem);
    }

    /** The ground truth of {@code world} served under {@code base}, keyed like {@link #activityOfItem}. */
    public static Map<String, String> truth(GeneratedWorld world, java.net.URI base) {
        Map<String, String> truth = new HashMap<>();
        world.groundTruth(base).forEach(r -> truth.put(r.siteId() + " " + r.itemId(), r.truth()));
        return truth;
    }

    /**
     * Pairwise precision, recall and F1 of the stored grouping against {@code truth}; items the truth does not
     * know (none, after a complete crawl) count as activities of their own.
     */
    public PairwiseScore score(Map<String, String> truth) {
        Map<Long, String> truthById = new HashMap<>();
        Map<Long, List<Long>> groups = new TreeMap<>();
        long next = 0;
        for (Map.Entry<String, Long> item : activityOfItem.entrySet()) {
            long id = ++next;
            truthById.put(id, truth.getOrDefault(item.getKey(), "unknown " + item.getKey()));
            groups.computeIfAbsent(item.getValue(), k -> new ArrayList<>()).add(id);
        }
        return PairwiseScore.of(new Clustering(List.copyOf(groups.values()), Map.of(), 0), truthById);
    }
}

package nl.bijeen.aggregator.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * The merged activities an admin reviews: those made of several live source items, the least certain first (the
 * lowest link score among their items; an item that started the activity has none). Hidden ones are left out.
 */
public final class ClusterReview {

    /** One merged activity: its id, how many items it has and the lowest link score that holds it together. */
    public record Cluster(long activityId, int items, Double lowestScore) {
    }

    private final DataSource dataSource;

    public ClusterReview(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** At most {@code limit} merged activities, lowest confidence first, then by id. */
    public List<Cluster> leastCertainFirst(int limit) {
        return Transactions.read(dataSource, "reading merged activities", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT activity_id, COUNT(*) AS items, MIN(link_score) AS lowest FROM source_item
                    WHERE gone_at IS NULL AND activity_id NOT IN (SELECT activity_id FROM hidden_activity)
                    GROUP BY activity_id HAVING COUNT(*) > 1
                    ORDER BY CASE WHEN MIN(link_score) IS NULL THEN 1 ELSE 0 END, MIN(link_score), activity_id
                    FETCH FIRST ? ROWS ONLY""")) {
                query.setInt(1, limit);
                List<Cluster> clusters = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        clusters.add(new Cluster(rs.getLong("activity_id"), rs.getInt("items"),
                                rs.getObject("lowest") == null ? null : rs.getDouble("lowest")));
                    }
                }
                return clusters;
            }
        });
    }
}

package nl.bijeen.web.role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/** The crawl log as the crawler nodes wrote it, per source in order of start: what the scale-out test judges. */
record CrawlLogRows(Map<String, List<Row>> bySource) {

    /** One crawl attempt. */
    record Row(Instant startedAt, long durationMs, String outcome) {
        Instant endedAt() {
            return startedAt.plusMillis(durationMs);
        }
    }

    static CrawlLogRows read(DataSource dataSource) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT source_id, started_at, duration_ms, outcome FROM crawl_log"
                             + " ORDER BY source_id, started_at");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Row(
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getLong(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the crawl log: " + e.getMessage(), e);
        }
        return new CrawlLogRows(rows);
    }

    List<Row> of(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    /** Whether the source has a crawl that started at or after {@code moment}. */
    boolean crawledSince(String sourceId, Instant moment) {
        return of(sourceId).stream().anyMatch(row -> !row.startedAt().isBefore(moment));
    }
}

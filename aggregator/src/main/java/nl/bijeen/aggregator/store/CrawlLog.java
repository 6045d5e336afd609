package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code crawl_log} table: one row per crawl attempt, written in the transaction that records the attempt. */
public final class CrawlLog {

    private static final int WARNING_MAX = 300;
    private static final int WARNINGS_MAX = 4000;
    private static final int ERROR_MAX = 2000;

    private CrawlLog() {
    }

    public static void append(Connection connection, CrawlLogEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO crawl_log (source_id, started_at, duration_ms, outcome, http_status, items_found, inserted,
                                       updated, removed, missing, warning_count, warnings, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, entry.sourceId());
            Sql.setInstant(insert, 2, entry.startedAt());
            insert.setLong(3, entry.durationMs());
            insert.setString(4, entry.outcome().name());
            insert.setObject(5, entry.httpStatus(), Types.INTEGER);
            insert.setObject(6, entry.itemsFound(), Types.INTEGER);
            insert.setInt(7, entry.inserted());
            insert.setInt(8, entry.updated());
            insert.setInt(9, entry.removed());
            insert.setInt(10, entry.missing());
            insert.setInt(11, entry.warningCount());
            insert.setString(12, warningsText(entry.warnings()));
            insert.setString(13, clip(entry.error(), ERROR_MAX));
            insert.executeUpdate();
        }
    }

    /** The newest {@code limit} attempts of one source, newest first. */
    public static List<CrawlLogEntry> recent(Connection connection, String sourceId, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM crawl_log WHERE source_id = ? ORDER BY started_at DESC, id DESC LIMIT ?")) {
            query.setString(1, sourceId);
            query.setInt(2, Math.max(0, limit));
            List<CrawlLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        }
    }

    /** How many of the source's latest attempts in a row were suspicious (0 when the latest was not). */
    public static int suspiciousStreak(Connection connection, String sourceId, int atMost) throws SQLException {
        int streak = 0;
        for (CrawlLogEntry entry : recent(connection, sourceId, atMost)) {
            if (entry.outcome() != CrawlLogEntry.Outcome.SUSPICIOUS) {
                break;
            }
            streak++;
        }
        return streak;
    }

    /** Deletes attempts that started before {@code cutoff}; returns how many. */
    public static int deleteStartedBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM crawl_log WHERE started_at < ?")) {
            Sql.setInstant(delete, 1, cutoff);
            return delete.executeUpdate();
        }
    }

    private static CrawlLogEntry entry(ResultSet rs) throws SQLException {
        String warnings = rs.getString("warnings");
        return new CrawlLogEntry(rs.getString("source_id"), Sql.getInstant(rs, "started_at"),
                rs.getLong("duration_ms"), CrawlLogEntry.Outcome.valueOf(rs.getString("outcome")),
                nullableInt(rs, "http_status"), nullableInt(rs, "items_found"), rs.getInt("inserted"),
                rs.getInt("updated"), rs.getInt("removed"), rs.getInt("missing"), rs.getInt("warning_count"),
                warnings == null ? List.of() : Arrays.asList(warnings.split("\n")), rs.getString("error"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String warningsText(List<String> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        List<String> lines = warnings.stream().map(w -> clip(w.replace('\n', ' '), WARNING_MAX)).toList();
        return clip(String.join("\n", lines), WARNINGS_MAX);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}

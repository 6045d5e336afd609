package nl.bijeen.aggregator.crawl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Questions a fault test asks the store directly, in SQL, about whether it is whole and consistent. */
final class StoreChecks {

    private final DataSource dataSource;

    StoreChecks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when every source has exactly {@code items} live items. */
    boolean everySourceHolds(int items) {
        return count("SELECT COUNT(*) FROM source s WHERE ? <> (SELECT COUNT(*) FROM source_item i"
                + " WHERE i.source_id = s.id AND i.gone_at IS NULL)", items) == 0;
    }

    /** True when every source's last successful crawl began at or after {@code moment}. */
    boolean everySourceSucceededSince(Instant moment) {
        return count("SELECT COUNT(*) FROM source WHERE last_success_at IS NULL OR last_success_at < ?",
                Timestamp.from(moment)) == 0;
    }

    long liveItems() {
        return count("SELECT COUNT(*) FROM source_item WHERE gone_at IS NULL");
    }

    /** Items given up or counted missing: a crawl that failed must never cause either. */
    long itemsGoneOrMissing() {
        return count("SELECT COUNT(*) FROM source_item WHERE gone_at IS NOT NULL OR missing_count > 0");
    }

    long activitiesWithoutLiveItems() {
        return count("SELECT COUNT(*) FROM activity a WHERE a.gone_at IS NULL AND NOT EXISTS"
                + " (SELECT 1 FROM source_item i WHERE i.activity_id = a.id AND i.gone_at IS NULL)");
    }

    long removals() {
        return count("SELECT COUNT(*) FROM change_log WHERE op = 'REMOVE'");
    }

    /** True when the change log holds exactly the numbers 1 to the counter's last number. */
    boolean changeSequenceIsGapless() {
        long last = count("SELECT last_seq FROM change_counter");
        return count("SELECT COUNT(DISTINCT seq) FROM change_log WHERE seq BETWEEN 1 AND ?", last) == last
                && count("SELECT COUNT(*) FROM change_log") == last;
    }

    long crawls() {
        return count("SELECT COUNT(*) FROM crawl_log");
    }

    long crawls(String outcome) {
        return count("SELECT COUNT(*) FROM crawl_log WHERE outcome = ?", outcome);
    }

    /** The errors of the failed crawls in the crawl log. */
    List<String> failedCrawlErrors() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT error FROM crawl_log WHERE outcome = 'FAILED' ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            List<String> errors = new ArrayList<>();
            while (rs.next()) {
                errors.add(rs.getString(1));
            }
            return errors;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the failed crawls: " + e.getMessage(), e);
        }
    }

    /** Failed crawls in the log that do not say why. */
    long failuresWithoutReason() {
        return count("SELECT COUNT(*) FROM crawl_log WHERE outcome = 'FAILED' AND (error IS NULL OR error = '')");
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}

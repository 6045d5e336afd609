package nl.bijeen.web.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/**
 * Every change a logged-in user makes, and every login (table {@code audit_log}): who, when, what, on what, why.
 * Only appended to: the application never changes or removes an entry.
 */
@Singleton
public class AuditLog {

    /** One entry; {@code subject} and {@code detail} may be null. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String detail) {
    }

    static final int MAX_DETAIL = 4000;

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Aggregator aggregator, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * @param actor   the user name
     * @param action  a short verb phrase, e.g. "source.approve"
     * @param subject what it was done to, e.g. a source id
     * @param detail  the reason given or what changed, plain text
     */
    public void record(String actor, String action, String subject, String detail) {
        Transactions.inTransaction(dataSource, "audit log", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
                Sql.setInstant(s, 1, clock.instant());
                s.setString(2, actor);
                s.setString(3, action);
                s.setString(4, cut(subject, 500));
                s.setString(5, cut(detail, MAX_DETAIL));
                return s.executeUpdate();
            }
        });
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) {
        return Transactions.read(dataSource, "read audit log", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, actor, action, subject, detail"
                    + " FROM audit_log ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                s.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(rs.getLong("id"), Sql.getInstant(rs, "at"), rs.getString("actor"),
                                rs.getString("action"), rs.getString("subject"), rs.getString("detail")));
                    }
                }
                return entries;
            }
        });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

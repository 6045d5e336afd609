package nl.bijeen.web.admin;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.web.security.AuditLog;

/** Reads the audit log filtered by actor and action, newest first, a page at a time (AuditLog only appends). */
final class AuditQuery {

    private final DataSource dataSource;

    AuditQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param actor exact user name or null; {@code action} exact action or null */
    List<AuditLog.Entry> find(String actor, String action, int offset, int limit) {
        return Transactions.read(dataSource, "reading the audit log", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, actor, action, subject, detail FROM audit_log"
                    + " WHERE (CAST(? AS VARCHAR(100)) IS NULL OR actor = ?)"
                    + " AND (CAST(? AS VARCHAR(100)) IS NULL OR action = ?)"
                    + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                s.setString(1, actor);
                s.setString(2, actor);
                s.setString(3, action);
                s.setString(4, action);
                s.setInt(5, offset);
                s.setInt(6, limit);
                List<AuditLog.Entry> entries = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditLog.Entry(rs.getLong("id"), Sql.getInstant(rs, "at"), rs.getString("actor"),
                                rs.getString("action"), rs.getString("subject"), rs.getString("detail")));
                    }
                }
                return entries;
            }
        });
    }

    /** Every action that occurs, for the filter's choices. */
    List<String> actions() {
        return Transactions.read(dataSource, "reading audit actions", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT action FROM audit_log ORDER BY action");
                 ResultSet rs = s.executeQuery()) {
                List<String> actions = new ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        });
    }
}

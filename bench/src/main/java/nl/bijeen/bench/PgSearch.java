package nl.bijeen.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Searches the {@link PgFullText} table the way Bijeen's API answers {@code /api/activities?limit=20&q=…}, as
 * closely as PostgreSQL's full-text search allows: the first 20 upcoming activities (a date from the start of today
 * on, or none) by {@code ts_rank} with the total count, from {@code websearch_to_tsquery('dutch', q)}; when all words
 * together find nothing, any word (Bijeen relaxes the same way); the empty query lists upcoming activities soonest
 * first. Each answer is read to the end, one statement per pass. Connections come from a small fixed pool, as a web
 * node's JDBC pool would give them.
 */
final class PgSearch implements AutoCloseable {

    /** {D, C, B, A}: title 3, themes 1.5 and the rest 1 in Bijeen, divided by 3 (ts_rank caps weights at 1). */
    static final String WEIGHTS = "'{0.1, 0.333, 0.5, 1.0}'::float4[]";

    private final BlockingQueue<Connection> pool;
    private final String textSql;
    private final String relaxedSql;
    private final String upcomingSql;
    private final OffsetDateTime today;

    private PgSearch(BlockingQueue<Connection> pool, String table, Instant today) {
        this.pool = pool;
        this.today = OffsetDateTime.ofInstant(today, ZoneOffset.UTC); // timestamptz: the instant, unambiguous
        String upcoming = "(last_start IS NULL OR last_start >= ?)";
        // PostgreSQL's best shape for "page and total": rank and count the matches by id, read only the 20 shown
        // rows in full (a window count over whole rows would read every match's title and description)
        String ranked = "WITH m AS MATERIALIZED (SELECT id, ts_rank(" + WEIGHTS + ", tsv, q) AS rank, next_start"
                + " FROM " + table + ", %s AS query(q) WHERE tsv @@ q AND " + upcoming + ")"
                + " SELECT a.id, a.title, a.description, a.next_start, (SELECT count(*) FROM m) AS total"
                + " FROM (SELECT id, rank, next_start FROM m ORDER BY rank DESC, next_start NULLS LAST LIMIT 20) top"
                + " JOIN " + table + " a USING (id) ORDER BY top.rank DESC, top.next_start NULLS LAST";
        this.textSql = ranked.formatted("websearch_to_tsquery('dutch', ?)");
        // every lexeme optional: the words of the AND query joined with OR
        this.relaxedSql = ranked.formatted(
                "(SELECT coalesce(string_agg(quote_literal(l), ' | ')::tsquery, ''::tsquery)"
                        + " FROM unnest(tsvector_to_array(to_tsvector('dutch', ?))) l)");
        this.upcomingSql = "SELECT id, title, description, next_start, (SELECT count(*) FROM " + table + " WHERE "
                + upcoming + ") AS total FROM " + table + " WHERE " + upcoming
                + " ORDER BY next_start NULLS LAST LIMIT 20";
    }

    static PgSearch open(PgFullText db, int connections, Instant today) throws SQLException {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                opened.add(db.connect());
            }
        } catch (SQLException e) {
            for (Connection c : opened) {
                c.close();
            }
            throw e;
        }
        pool.addAll(opened);
        return new PgSearch(pool, db.table(), today);
    }

    /** One search as a {@link LoadRun.Target}: the wait for a pooled connection counts, as it would in a server. */
    void search(String q) throws Exception {
        total(q);
    }

    /** @return how many upcoming activities the query found (after relaxing, like Bijeen) */
    long total(String q) throws InterruptedException, SQLException {
        Connection c = pool.take();
        try {
            if (q.isBlank()) {
                return run(c, upcomingSql, null);
            }
            long found = run(c, textSql, q);
            return found > 0 ? found : run(c, relaxedSql, q);
        } finally {
            pool.add(c);
        }
    }

    /** @return how many upcoming activities all the words of the query find together, without relaxing */
    long exactTotal(String q) throws InterruptedException, SQLException {
        Connection c = pool.take();
        try {
            return q.isBlank() ? run(c, upcomingSql, null) : run(c, textSql, q);
        } finally {
            pool.add(c);
        }
    }

    private long run(Connection c, String sql, String q) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (q != null) {
                s.setString(i++, q);
            }
            for (int n = (int) sql.chars().filter(ch -> ch == '?').count(); i <= n; i++) {
                s.setObject(i, today); // every other parameter is the start of today
            }
            long total = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getString("title"); // read what a results page shows, as Bijeen reads its stored fields
                    rs.getString("description");
                    total = rs.getLong("total");
                }
            }
            return total;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : pool) {
            c.close();
        }
    }
}

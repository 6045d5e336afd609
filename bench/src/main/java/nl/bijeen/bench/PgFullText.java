package nl.bijeen.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;

/**
 * The same activities in a PostgreSQL table of a schema of its own, searchable with PostgreSQL's full-text search:
 * a stored {@code tsvector} over the fields Bijeen searches, weighted like Bijeen's boosts (title A, themes B, the
 * rest C; see {@link PgSearch#WEIGHTS}), a GIN index over it, then {@code ANALYZE}. Loaded with COPY; the schema is
 * dropped on {@link #close()}.
 */
final class PgFullText implements AutoCloseable {

    /** What loading cost: COPY (which computes every tsvector), building the GIN index, ANALYZE; sizes on disk. */
    record Load(long copyMillis, long indexMillis, long analyzeMillis, long tableBytes, long ginBytes) {

        String summary() {
            return String.format(Locale.ROOT, "PostgreSQL: COPY with tsvectors %,d ms, GIN index %,d ms, ANALYZE %,d"
                            + " ms; table %,.1f MB, GIN index %,.1f MB", copyMillis, indexMillis, analyzeMillis,
                    tableBytes / 1048576.0, ginBytes / 1048576.0);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"copyMillis\": %d, \"ginIndexMillis\": %d, \"analyzeMillis\": %d, "
                    + "\"tableBytes\": %d, \"ginBytes\": %d}", copyMillis, indexMillis, analyzeMillis, tableBytes,
                    ginBytes);
        }
    }

    private final String url;
    private final String schema;
    private final Connection admin;

    private PgFullText(String url, String schema, Connection admin) {
        this.url = url;
        this.schema = schema;
        this.admin = admin;
    }

    /** Connects and creates the bench's schema; throws when PostgreSQL cannot be reached. */
    static PgFullText open(String url) throws SQLException {
        Connection admin = DriverManager.getConnection(url);
        String schema = "bijeen_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new PgFullText(url, schema, admin);
    }

    String table() {
        return schema + ".activity";
    }

    /** A new connection for one client of the pool. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    Load load(List<StoredActivity> activities, Instant today) throws SQLException, IOException {
        try (Statement s = admin.createStatement()) {
            // Weights as letters: Bijeen boosts title 3, themes 1.5, the rest 1 (ActivityQueryParser.FIELDS).
            s.execute("CREATE TABLE " + table() + " (id bigint PRIMARY KEY, title text NOT NULL, description text,"
                    + " place text, organiser text, themes text, audiences text, next_start timestamptz,"
                    + " last_start timestamptz, tsv tsvector GENERATED ALWAYS AS ("
                    + "setweight(to_tsvector('dutch', title), 'A')"
                    + " || setweight(to_tsvector('dutch', coalesce(themes, '')), 'B')"
                    + " || setweight(to_tsvector('dutch', coalesce(description, '') || ' ' || coalesce(place, '')"
                    + " || ' ' || coalesce(organiser, '') || ' ' || coalesce(audiences, '')), 'C')) STORED)");
            long t = System.nanoTime();
            copy(activities, today);
            long copyMillis = millisSince(t);
            t = System.nanoTime();
            s.execute("SET maintenance_work_mem = '256MB'");
            s.execute("CREATE INDEX activity_tsv ON " + table() + " USING gin (tsv)");
            // the empty query lists upcoming activities soonest first
            s.execute("CREATE INDEX activity_next ON " + table() + " (next_start)");
            long indexMillis = millisSince(t);
            t = System.nanoTime();
            s.execute("ANALYZE " + table());
            long analyzeMillis = millisSince(t);
            return new Load(copyMillis, indexMillis, analyzeMillis, size(s, "pg_table_size('" + table() + "')"),
                    size(s, "pg_relation_size('" + schema + ".activity_tsv')"));
        }
    }

    /**
     * One COPY per core, each over its own connection and its share of the activities: PostgreSQL computes the
     * tsvectors in the backend that receives the rows, one core per COPY.
     */
    private void copy(List<StoredActivity> activities, Instant today) throws SQLException, IOException {
        int streams = Runtime.getRuntime().availableProcessors();
        int share = (activities.size() + streams - 1) / streams;
        List<Future<Void>> copies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(streams)) {
            for (int from = 0; from < activities.size(); from += share) {
                List<StoredActivity> part = activities.subList(from, Math.min(activities.size(), from + share));
                copies.add(pool.submit(() -> copyPart(part, today)));
            }
            for (Future<Void> copy : copies) {
                copy.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading PostgreSQL", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IOException(e.getCause());
        }
    }

    private Void copyPart(List<StoredActivity> activities, Instant today) throws SQLException, IOException {
        String sql = "COPY " + table() + " (id, title, description, place, organiser, themes, audiences, next_start,"
                + " last_start) FROM STDIN";
        try (Connection connection = connect(); Writer out = new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), sql, 1 << 20), StandardCharsets.UTF_8)) {
            StringBuilder row = new StringBuilder(1024);
            for (StoredActivity activity : activities) {
                row.setLength(0);
                appendRow(row, activity, today);
                out.append(row);
            }
        }
        return null;
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void appendRow(StringBuilder row, StoredActivity stored, Instant today) {
        ActivityDraft a = stored.draft();
        List<Occurrence> dates = a.schedule().occurrences();
        String next = dates.stream().map(o -> o.start().toInstant()).filter(s -> !s.isBefore(today)).sorted()
                .findFirst().map(Instant::toString).orElse(null);
        String last = dates.stream().map(o -> o.start().toInstant()).max(Instant::compareTo).map(Instant::toString)
                .orElse(null);
        String place = a.place() == null ? null : Stream.of(a.place().name(), a.place().address())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String organiser = a.organiser() == null ? null : a.organiser().name();
        // theme and audience ids like "taal-en-leren": Bijeen's analyser splits them into words, so do the same
        String themes = String.join(" ", a.themes()).replace('-', ' ');
        String audiences = String.join(" ", a.audiences()).replace('-', ' ');
        row.append(stored.id());
        for (String field : new String[] {a.title(), a.description().text(), place, organiser, themes, audiences,
                next, last}) {
            row.append('\t');
            appendField(row, field);
        }
        row.append('\n');
    }

    private static void appendField(StringBuilder row, String value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    private static long size(Statement s, String expression) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT " + expression)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Drops the bench's schema with everything in it. */
    @Override
    public void close() throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } finally {
            admin.close();
        }
    }
}

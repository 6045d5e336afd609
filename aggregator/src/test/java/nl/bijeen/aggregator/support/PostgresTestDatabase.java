package nl.bijeen.aggregator.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema in the PostgreSQL named by env BIJEEN_TEST_PG_URL (default: the local test database), dropped on
 * {@link #close()}. When PostgreSQL cannot be reached, the calling test class is skipped with a clear message.
 */
public final class PostgresTestDatabase implements TestDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String url;
    private final String schema;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private PostgresTestDatabase(String url, String schema) {
        this.url = url;
        this.schema = schema;
        dataSource.setURL(url);
        dataSource.setCurrentSchema(schema);
    }

    /** A new schema named after the test class; skips the test class when PostgreSQL is not reachable. */
    public static PostgresTestDatabase createOrSkip(Class<?> testClass) {
        String url = System.getenv().getOrDefault("BIJEEN_TEST_PG_URL", DEFAULT_URL);
        String schema = ("t_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at " + url + ": skipping " + testClass.getSimpleName()
                    + " (" + e.getMessage() + ")";
            // Surefire shows a class skipped in @BeforeAll only as "Tests run: 0": say it where a reader looks.
            System.out.println("[SKIPPED] " + why);
            Assumptions.abort(why);
        }
        return new PostgresTestDatabase(url, schema);
    }

    /** The server's JDBC URL, for another process (with {@link #schema()} as its current schema). */
    public String url() {
        return url;
    }

    /** The JDBC URL another node is given: the server's, with this schema as its current schema. */
    public String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String schema() {
        return schema;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public boolean someoneWaitsForALock() {
        return queryLong("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND datname = current_database()"
                + " AND (query LIKE '%change_counter%' OR query LIKE '%dedupe_state%')") > 0;
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}

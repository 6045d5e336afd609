package nl.bijeen.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh schema in the PostgreSQL named by env BIJEEN_TEST_PG_URL (default: the local test database), for tests
 * of several nodes on one store; dropped on {@link #close()}. When PostgreSQL cannot be reached, the calling test
 * class is skipped with a clear message (as the aggregator's {@code PostgresTestDatabase}).
 */
public final class PostgresSchema implements AutoCloseable {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String url;
    private final String schema;

    private PostgresSchema(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    public static PostgresSchema createOrSkip(Class<?> testClass) {
        String url = System.getenv().getOrDefault("BIJEEN_TEST_PG_URL", DEFAULT_URL);
        String schema = ("t_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at " + url + ": skipping " + testClass.getSimpleName()
                    + " (" + e.getMessage() + ")";
            System.out.println("[SKIPPED] " + why);
            Assumptions.abort(why);
        }
        return new PostgresSchema(url, schema);
    }

    /** The JDBC URL a node is given: the server's, with this schema as its current schema. */
    public String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A small pool on the schema, for the test's own queries; the caller closes it. */
    public HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl());
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }
}

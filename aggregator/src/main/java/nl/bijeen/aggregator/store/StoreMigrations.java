package nl.bijeen.aggregator.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway. The database type is recognised from the connection: H2 support is
 * part of flyway-core, PostgreSQL comes from the flyway-database-postgresql plug-in (both found through
 * {@link java.util.ServiceLoader}, so we hand Flyway this module's class loader).
 */
public final class StoreMigrations {

    private StoreMigrations() {
    }

    /** Applies pending migrations from {@code classpath:db/migration}; returns how many were applied. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(StoreMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}

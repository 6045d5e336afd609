package nl.bijeen.aggregator.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that says the connection to the database was lost or could not be had (SQLSTATE class 08,
 * connection exception; 57P, the server shutting down or restarting), not that the statement itself was wrong.
 */
public final class LostConnection {

    private LostConnection() {
    }

    /** True when {@code failure} or one of its causes is a lost or unobtainable connection. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

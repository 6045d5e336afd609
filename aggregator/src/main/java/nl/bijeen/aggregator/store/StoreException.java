package nl.bijeen.aggregator.store;

/** The database refused or failed a store operation; whatever the operation was doing has been rolled back. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package nl.bijeen.connectors.classify;

/** The taxonomy file is missing, unreadable or wrong; the message names the entry and the key. */
public final class TaxonomyException extends RuntimeException {

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}

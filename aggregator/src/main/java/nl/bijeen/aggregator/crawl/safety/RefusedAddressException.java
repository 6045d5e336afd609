package nl.bijeen.aggregator.crawl.safety;

import java.net.UnknownHostException;

/**
 * A host resolved only to addresses Bijeen does not connect to. An {@link UnknownHostException}, so the HTTP client
 * passes it through unchanged; the message is plain Dutch for the source's last error.
 */
public final class RefusedAddressException extends UnknownHostException {

    public RefusedAddressException(String message) {
        super(message);
    }
}

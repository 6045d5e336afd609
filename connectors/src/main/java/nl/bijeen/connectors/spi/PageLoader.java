package nl.bijeen.connectors.spi;

import java.io.IOException;
import java.net.URI;

/**
 * Loads one more page for a connector that must follow links (a recipe's detail pages and pagination,
 * autodiscovery's candidates). The aggregator implements it with its polite and safe fetcher, tests with a
 * loopback server; connectors only call it, so they stay free of network code.
 */
@FunctionalInterface
public interface PageLoader {

    /** Refuses every load: for sources that need no further pages. */
    PageLoader NONE = url -> {
        throw new IOException("loading further pages is not available here (" + url + ")");
    };

    /** The document at {@code url}; an {@link IOException} says in plain words why it could not be loaded. */
    Document load(URI url) throws IOException;
}

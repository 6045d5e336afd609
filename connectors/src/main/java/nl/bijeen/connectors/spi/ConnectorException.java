package nl.bijeen.connectors.spi;

import java.net.URI;

/** A document that could not be read at all. Carries the URL it came from; the message is plain language. */
public class ConnectorException extends Exception {

    private final URI sourceUrl;

    public ConnectorException(URI sourceUrl, String message, Throwable cause) {
        super(message + " (" + sourceUrl + ")", cause);
        this.sourceUrl = sourceUrl;
    }

    public ConnectorException(URI sourceUrl, String message) {
        this(sourceUrl, message, null);
    }

    public URI sourceUrl() {
        return sourceUrl;
    }
}

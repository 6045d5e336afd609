package nl.bijeen.aggregator.crawl;

import java.time.Instant;

/** The website answered with an error status; robots.txt handling needs to know which one. */
public final class HttpStatusException extends FetchException {

    private final int status;

    public HttpStatusException(int status, String dutchMessage, Instant notBefore) {
        super(dutchMessage, null, notBefore);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

package nl.bijeen.aggregator.crawl;

import java.time.Instant;
import java.util.Optional;

/** Fetching failed: nothing usable came back. The message is plain Dutch (see {@link CrawlException}). */
public class FetchException extends CrawlException {

    private final Instant notBefore;

    public FetchException(String dutchMessage) {
        this(dutchMessage, null, null);
    }

    public FetchException(String dutchMessage, Throwable cause) {
        this(dutchMessage, cause, null);
    }

    /** @param notBefore the website asked us (Retry-After) not to come back before this time; may be null */
    public FetchException(String dutchMessage, Throwable cause, Instant notBefore) {
        super(dutchMessage, cause);
        this.notBefore = notBefore;
    }

    /** When the website asked (429/503 with Retry-After) for the next attempt at the earliest. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}

package nl.bijeen.aggregator.crawl;

/** Fetching failed: nothing usable came back. The message is plain Dutch (see {@link CrawlException}). */
public class FetchException extends CrawlException {

    public FetchException(String dutchMessage) {
        super(dutchMessage);
    }

    public FetchException(String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
    }
}

package nl.bijeen.aggregator.crawl;

/**
 * A crawl that failed for a reason we can explain. The message is plain Dutch and is shown to the source's
 * operator as it is (it becomes the source's {@code last_error}).
 */
public class CrawlException extends Exception {

    public CrawlException(String dutchMessage) {
        super(dutchMessage);
    }

    public CrawlException(String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
    }
}

package nl.bijeen.aggregator.crawl;

/**
 * A scheduled crawl whose lease on its source ended before it could write its result (another node took the
 * source over, or a crawl on request recorded one): the result is dropped, as the source has been or is being
 * crawled elsewhere in this period.
 */
final class LeaseLost extends RuntimeException {

    LeaseLost(String sourceId) {
        super("the lease on " + sourceId + " ended before its crawl could record a result; the result is dropped");
    }
}

package nl.bijeen.web.owner;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;

/**
 * Crawls a just-approved source at once, in the background, so the owner sees the result within moments rather
 * than at the scheduler's next round (and also when this process does not run the scheduler). A failure is
 * recorded on the source like any crawl's.
 */
@Singleton
public class FirstCrawl {

    private final Aggregator aggregator;

    public FirstCrawl(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    public void soon(String sourceId) {
        Thread.ofVirtual().name("eerste-ophaalbeurt-" + sourceId).start(() -> aggregator.crawlNow(sourceId));
    }
}

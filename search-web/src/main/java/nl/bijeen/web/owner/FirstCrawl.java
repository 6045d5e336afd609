package nl.bijeen.web.owner;

import jakarta.inject.Singleton;

import nl.bijeen.web.role.CrawlRequests;

/**
 * Crawls a just-approved source at once, in the background, so the owner sees the result within moments rather
 * than at the scheduler's next round (on a web node: makes it due now, for the crawler nodes). A failure is
 * recorded on the source like any crawl's.
 */
@Singleton
public class FirstCrawl {

    private final CrawlRequests crawls;

    public FirstCrawl(CrawlRequests crawls) {
        this.crawls = crawls;
    }

    public void soon(String sourceId) {
        Thread.ofVirtual().name("eerste-ophaalbeurt-" + sourceId).start(() -> crawls.crawlNow(sourceId));
    }
}

package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.aggregator.source.LoadedPage;
import nl.bijeen.connectors.model.ParseResult;

/**
 * One crawl of one source as it travels through the routes (the exchange body): each step reads what the
 * previous one left and adds its own part; the last step leaves the {@link CrawlOutcome}.
 */
final class Crawl {

    private final String sourceId;
    private final Instant startedAt = Instant.now();
    private boolean claimed;
    private boolean leased;
    private CrawlTarget target;
    private FetchResult fetched;
    private ParseResult parsed;
    private List<LoadedPage> pagesLoaded = List.of();
    private CrawlOutcome outcome;

    Crawl(String sourceId) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    }

    String sourceId() {
        return sourceId;
    }

    Instant startedAt() {
        return startedAt;
    }

    Duration elapsed() {
        return Duration.between(startedAt, Instant.now());
    }

    /** True for a crawl the scheduler took with a lease (not a crawl on request): it records only while leased. */
    boolean leased() {
        return leased;
    }

    void leased(boolean value) {
        this.leased = value;
    }

    boolean claimed() {
        return claimed;
    }

    void claimed(boolean claimed) {
        this.claimed = claimed;
    }

    CrawlTarget target() {
        return target;
    }

    void target(CrawlTarget target) {
        this.target = target;
    }

    FetchResult fetched() {
        return fetched;
    }

    void fetched(FetchResult fetched) {
        this.fetched = fetched;
    }

    boolean notModified() {
        return fetched instanceof FetchResult.NotModified;
    }

    ParseResult parsed() {
        return parsed;
    }

    void parsed(ParseResult parsed) {
        this.parsed = parsed;
    }

    /** The further pages the connector loaded while parsing (a recipe's next and detail pages), in loading order. */
    List<LoadedPage> pagesLoaded() {
        return pagesLoaded;
    }

    void pagesLoaded(List<LoadedPage> pagesLoaded) {
        this.pagesLoaded = List.copyOf(pagesLoaded);
    }

    CrawlOutcome outcome() {
        return outcome;
    }

    void outcome(CrawlOutcome outcome) {
        this.outcome = outcome;
    }
}

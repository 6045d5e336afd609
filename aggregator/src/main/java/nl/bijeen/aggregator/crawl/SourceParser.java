package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/** Hands a fetched document to the connectors with the source's settings, and judges whether the result is usable. */
final class SourceParser {

    private final ActivityConnector connectors;
    private final Duration horizon;
    private final HttpFetcher fetcher;

    /** @param fetcher loads the further pages a connector asks for (a recipe's detail and next pages) */
    SourceParser(ActivityConnector connectors, Duration horizon, HttpFetcher fetcher) {
        this.connectors = Objects.requireNonNull(connectors, "connectors");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * Parses the document. A document of which nothing at all could be understood, while the connector did
     * complain, is treated as a failed crawl rather than "the source is empty now": that protects the stored
     * activities from a temporarily broken page.
     */
    ParseResult parse(CrawlTarget target, FetchResult.Fetched fetched, FetcherPageLoader pages)
            throws ConnectorException, CrawlException {
        Document document = new Document(fetched.url(), fetched.contentType(), fetched.body());
        ParseResult result = connectors.parse(document, settings(target, pages));
        if (result.activities().isEmpty() && !result.warnings().isEmpty()) {
            Warning first = result.warnings().getFirst();
            throw new CrawlException("Bijeen kon geen enkele activiteit uit deze bron lezen (" + result.warnings().size()
                    + (result.warnings().size() == 1 ? " waarschuwing" : " waarschuwingen") + ", bijvoorbeeld: "
                    + first.message() + ").");
        }
        return result;
    }

    /**
     * Recurrences are expanded from the start of today rather than from this very moment, so a re-crawl later the
     * same day yields the same occurrences — and an unchanged source stays unchanged in the store.
     */
    private SourceSettings settings(CrawlTarget target, FetcherPageLoader pages) {
        LocalDate today = LocalDate.now(SourceSettings.DEFAULT_ZONE);
        return new SourceSettings(target.id(), target.format(), SourceSettings.DEFAULT_ZONE, horizon,
                today.atStartOfDay(SourceSettings.DEFAULT_ZONE).toInstant(), target.recipe(), pages);
    }

    /** A loader for the further pages of one crawl; it remembers what it loaded (see {@link FetcherPageLoader}). */
    FetcherPageLoader pageLoader() {
        return new FetcherPageLoader(fetcher);
    }
}

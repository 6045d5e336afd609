package nl.bijeen.aggregator.crawl;

import java.io.IOException;
import java.net.URI;

import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;

/**
 * Lets a connector load the further pages of one source (a recipe's detail pages and next pages) through the same
 * fetcher as the source itself: the same guard on every address and redirect, the same timeouts and size limit.
 */
final class FetcherPageLoader implements PageLoader {

    /** A source with more pages than this is cut short: one crawl must stay one polite visit. */
    static final int MAX_PAGES_PER_CRAWL = 50;

    private final HttpFetcher fetcher;
    private int loaded;

    FetcherPageLoader(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Document load(URI url) throws IOException {
        if (++loaded > MAX_PAGES_PER_CRAWL) {
            throw new IOException("Meer dan " + MAX_PAGES_PER_CRAWL + " pagina's in één keer ophalen doet Bijeen niet.");
        }
        try {
            if (fetcher.fetch(url, Validators.NONE) instanceof FetchResult.Fetched page) {
                return new Document(page.url(), page.contentType(), page.body());
            }
            throw new IOException("De pagina " + url + " gaf geen inhoud terug.");
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}

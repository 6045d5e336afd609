package nl.bijeen.aggregator.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.source.LoadedPage;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;

/**
 * Lets a connector load the further pages of one source (a recipe's detail pages and next pages) through the same
 * fetcher as the source itself: the same guard on every address and redirect, the same timeouts and size limit.
 * It remembers every page it was asked for, with the validators it answered with, so the next crawl can ask each of
 * them whether it changed ({@link PageChecks}). One instance serves one crawl.
 */
final class FetcherPageLoader implements PageLoader {

    /** A source with more pages than this is cut short: one crawl must stay one polite visit. */
    static final int MAX_PAGES_PER_CRAWL = 50;

    private final HttpFetcher fetcher;
    private final Map<URI, LoadedPage> loaded = new LinkedHashMap<>();
    private int loads;

    FetcherPageLoader(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Document load(URI url) throws IOException {
        if (++loads > MAX_PAGES_PER_CRAWL) {
            throw new IOException("Meer dan " + MAX_PAGES_PER_CRAWL + " pagina's in één keer ophalen doet Bijeen niet.");
        }
        // kept as unread until it is: a page that failed must be read again next time, not checked
        loaded.put(url, LoadedPage.unread(url));
        try {
            if (fetcher.fetch(url, Validators.NONE) instanceof FetchResult.Fetched page) {
                loaded.put(url, new LoadedPage(url, page.validators().etag(), page.validators().lastModified()));
                return new Document(page.url(), page.contentType(), page.body());
            }
            throw new IOException("De pagina " + url + " gaf geen inhoud terug.");
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The pages loaded so far, in the order they were first asked for. */
    List<LoadedPage> loaded() {
        return new ArrayList<>(loaded.values());
    }
}

package nl.bijeen.aggregator.crawl;

import java.util.List;

import nl.bijeen.aggregator.source.LoadedPage;

/**
 * After the first page of a source answered 304: asks every further page its last stored crawl loaded whether it
 * changed, with a conditional GET of its own. The list page being unchanged means these are the same pages; only when
 * all of them answer 304 is the source unchanged. The checks go through the same {@link HttpFetcher} as any fetch
 * (address checks, robots.txt, one request at a time per host), stop at the first page that changed, and are
 * capped like the loads of a crawl ({@link FetcherPageLoader#MAX_PAGES_PER_CRAWL}).
 */
final class PageChecks {

    private final HttpFetcher fetcher;

    PageChecks(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * True when every page answered 304. A page without validators, a page that answers with content or with an error
     * counts as changed: then the source is read whole and the crawl handles the page as it always does.
     *
     * @throws FetchException when the website asked us to come back later (Retry-After): reading it whole now would
     *                        be impolite, so the crawl fails and is retried when the website asked
     */
    boolean allUnchanged(List<LoadedPage> pages) throws FetchException {
        if (pages.size() > FetcherPageLoader.MAX_PAGES_PER_CRAWL || !pages.stream().allMatch(LoadedPage::checkable)) {
            return false;
        }
        for (LoadedPage page : pages) {
            if (!unchanged(page)) {
                return false;
            }
        }
        return true;
    }

    private boolean unchanged(LoadedPage page) throws FetchException {
        try {
            return fetcher.fetch(page.url(), new Validators(page.etag(), page.lastModified()))
                    instanceof FetchResult.NotModified;
        } catch (FetchException e) {
            if (e.notBefore().isPresent()) {
                throw e;
            }
            return false;
        }
    }
}

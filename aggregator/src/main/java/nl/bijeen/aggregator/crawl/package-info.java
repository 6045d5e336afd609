/**
 * Crawling: the Camel routes that fetch a source, read it with the connectors and store the result.
 *
 * <pre>
 * due-sources   scheduler every {{bijeen.crawl.tick}} ms: claim due sources, split over {{bijeen.crawl.threads}}
 *   └─ crawl-source   one source: claim in this process, then
 *        ├─ fetch          conditional GET (HttpFetcher): every URL and redirect hop passes the FetchGuard
 *        │                 (schemes), UrlRules (no credentials, no odd numeric IPs) and robots.txt (RobotsRules);
 *        │                 the connection goes only to addresses the AddressPolicy admitted when the host was
 *        │                 resolved (GuardedDnsResolver: resolve once, connect to what was checked); one request at
 *        │                 a time per host, min-host-delay apart (HostPacer); 429/503 Retry-After travels in the
 *        │                 FetchException to the failure record; after a 304, the further pages the last
 *        │                 stored crawl loaded are asked too (PageChecks): any change, and the source is read whole
 *        ├─ not-modified   304: record success, touch nothing else
 *        ├─ parse          Connectors.standard() with the source's settings (SourceParser)
 *        ├─ store          one transaction: activities, change log, source state with the validators of every
 *        │                 page the crawl loaded (CrawlWriter)
 *        └─ crawl-failed   any failure: record it on the source in plain Dutch, touch no activity
 * </pre>
 *
 * {@link nl.bijeen.aggregator.Aggregator#crawlNow} sends a source id into {@code direct:crawl-source}, the same
 * route the scheduler uses. The exchange body is a {@code Crawl} that each step extends; the route ends with a
 * {@link nl.bijeen.aggregator.crawl.CrawlOutcome}.
 */
package nl.bijeen.aggregator.crawl;

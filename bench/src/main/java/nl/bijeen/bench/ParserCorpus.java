package nl.bijeen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoSiteRenderer;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;

/**
 * The bytes both sides of the parser bench read: every demo site's feed or agenda page as the demo world renders it
 * (iCal, RSS, Atom, JSON-LD pages, recipe HTML), rendered once. Recipe sites are read over several pages (next pages,
 * detail pages): the connector asks for them through a {@link PageLoader} that renders each page once and then
 * serves it from memory, so no run measures rendering.
 */
final class ParserCorpus {

    /** One site's document; {@code pages} are the further pages its recipe loaded (empty for the other formats). */
    record Site(DemoSite site, Document feed, Map<URI, Document> pages, PageLoader loader) {

        DemoFormat format() {
            return site.format();
        }

        /** Every page read: the feed, then the further pages in the order the connector first asked for them. */
        List<Document> documents() {
            List<Document> all = new ArrayList<>(List.of(feed));
            all.addAll(pages.values());
            return all;
        }

        long bytes() {
            return documents().stream().mapToLong(d -> d.body().length).sum();
        }
    }

    private ParserCorpus() {
    }

    static List<Site> render(DemoWorld world, Clock clock) throws IOException {
        DemoSiteRenderer renderer = new DemoSiteRenderer(world);
        URI base = DemoWorld.NOMINAL_BASE;
        List<Site> sites = new ArrayList<>();
        for (DemoSite site : world.sites()) {
            URI feedUri = DemoWorld.feedUri(base, site);
            Document feed = load(renderer, feedUri, clock);
            Map<URI, Document> pages = Collections.synchronizedMap(new LinkedHashMap<>());
            PageLoader loader = url -> pages.computeIfAbsent(url, u -> {
                try {
                    return load(renderer, u, clock);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            sites.add(new Site(site, feed, pages, loader));
        }
        return sites;
    }

    private static Document load(DemoSiteRenderer renderer, URI url, Clock clock) throws IOException {
        DemoSiteRenderer.Rendered rendered = renderer.render(url.getPath(), DemoWorld.NOMINAL_BASE, clock)
                .orElseThrow(() -> new IOException("the demo world has no page " + url));
        return new Document(url, rendered.contentType(), rendered.body());
    }
}

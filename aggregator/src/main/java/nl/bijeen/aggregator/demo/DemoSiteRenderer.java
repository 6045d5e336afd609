package nl.bijeen.aggregator.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** Maps a request path of the demo server to the document it serves, rendered for the given clock. */
public final class DemoSiteRenderer {

    /** A rendered document with its Content-Type. */
    public record Rendered(String contentType, byte[] body) {
    }

    private final DemoWorld world;

    public DemoSiteRenderer(DemoWorld world) {
        this.world = world;
    }

    /**
     * The document at {@code path} ("/", "/site/", "/site/index.html", "/site/feed", "/img/x.svg"; on recipe sites
     * also "/site/agenda-2.html" and "/site/agenda/activity.html"), if any.
     */
    public Optional<Rendered> render(String path, URI base, Clock clock) {
        if (path.equals("/") || path.equals("/index.html")) {
            return Optional.of(html(new WorldIndexRenderer().render(world, base)));
        }
        if (path.equals("/robots.txt")) {
            return Optional.of(new Rendered("text/plain; charset=utf-8",
                    "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
        }
        if (path.startsWith("/img/") && path.endsWith(".svg")) {
            return Pictograms.svg(path.substring(5, path.length() - 4))
                    .map(svg -> new Rendered("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)));
        }
        Optional<String> logo = Logos.organisationId(path);
        if (logo.isPresent()) {
            return world.profile(logo.get())
                    .map(p -> new Rendered("image/svg+xml", Logos.svg(p.organisation())));
        }
        String[] parts = path.split("/", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        return world.site(parts[1]).flatMap(site -> renderSite(site, parts[2], base, clock));
    }

    private Optional<Rendered> renderSite(DemoSite site, String rest, URI base, Clock clock) {
        RenderContext ctx = new RenderContext(site, world.publications(site), base, clock);
        if (rest.isEmpty() || rest.equals("index.html")) {
            return Optional.of(html(new HomepageRenderer().render(ctx)));
        }
        if (site.format() == DemoFormat.RECIPE_BUURTHUIS) {
            return buurthuisPage(ctx, rest);
        }
        if (site.format() == DemoFormat.RECIPE_BIBLIOTHEEK && !rest.equals(site.feedPath())) {
            return RecipeBibliotheekRenderer.detailActivityId(site, rest)
                    .flatMap(id -> new RecipeBibliotheekRenderer().renderDetail(ctx, id)).map(DemoSiteRenderer::html);
        }
        if (!rest.equals(site.feedPath())) {
            return Optional.empty();
        }
        byte[] body = switch (site.format()) {
            case ICAL -> new ICalRenderer().render(ctx);
            case RSS -> new RssRenderer().render(ctx);
            case ATOM -> new AtomRenderer().render(ctx);
            case JSONLD -> new JsonLdPageRenderer().render(ctx);
            case RECIPE_BIBLIOTHEEK -> new RecipeBibliotheekRenderer().renderTable(ctx);
            case RECIPE_BUURTHUIS -> throw new IllegalStateException("served by buurthuisPage");
        };
        return Optional.of(new Rendered(site.format().contentType(), body));
    }

    /** agenda.html is page 1, agenda-2.html page 2 and so on, as long as there are entries for it. */
    private static Optional<Rendered> buurthuisPage(RenderContext ctx, String rest) {
        for (int page = 1; page <= DemoWorld.MAX_LIST_PAGES + 1; page++) {
            if (rest.equals(RecipeBuurthuisRenderer.pagePath(ctx.site(), page))) {
                return new RecipeBuurthuisRenderer().render(ctx, page).map(DemoSiteRenderer::html);
            }
        }
        return Optional.empty();
    }

    private static Rendered html(byte[] body) {
        return new Rendered("text/html; charset=utf-8", body);
    }
}

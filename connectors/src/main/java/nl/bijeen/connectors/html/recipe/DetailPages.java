package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.PageLoader;
import nl.bijeen.connectors.text.Links;

/**
 * Completes an item with its detail page when the recipe has a {@code detail} section. A detail page that cannot
 * be loaded costs a warning, never the item: it keeps what the list page gave. Each page is loaded once per crawl
 * (a weekly activity lists the same page for every date), and at most {@link #MAX_LOADS} pages are loaded, so one
 * crawl of a large agenda stays polite to the site.
 */
final class DetailPages {

    static final int MAX_LOADS = 200;

    private final Recipe recipe;
    private final PageLoader loader;
    private final Consumer<Warning> warnings;
    private final Map<URI, Optional<org.jsoup.nodes.Document>> loaded = new HashMap<>();
    private boolean capped;

    DetailPages(Recipe recipe, PageLoader loader, Consumer<Warning> warnings) {
        this.recipe = recipe;
        this.loader = loader;
        this.warnings = warnings;
    }

    void complete(RawItem item, Element listItem, URI listPage) {
        if (recipe.detail() == null) {
            return;
        }
        URI url = Links.absolute(recipe.detail().link().first(listItem), listPage);
        if (url == null) {
            return;
        }
        item.keepLink(url);
        Optional<org.jsoup.nodes.Document> page = loaded.get(url);
        if (page == null) {
            page = loaded.size() < MAX_LOADS ? load(url) : skip(url);
            loaded.put(url, page);
        }
        page.ifPresent(detail -> item.read(recipe.detail().fields(), detail, URI.create(detail.location())));
    }

    private Optional<org.jsoup.nodes.Document> skip(URI url) {
        if (!capped) {
            capped = true;
            warnings.accept(new Warning(url.toString(), "more than " + MAX_LOADS + " detail pages: this one and "
                    + "later ones are not loaded, their items keep what the list page gave"));
        }
        return Optional.empty();
    }

    private Optional<org.jsoup.nodes.Document> load(URI url) {
        try {
            return Optional.of(RecipeConnector.page(loader.load(url)));
        } catch (IOException | ConnectorException e) {
            warnings.accept(new Warning(url.toString(), "detail page could not be loaded (" + e.getMessage()
                    + "): kept what the list page gave"));
            return Optional.empty();
        }
    }
}

package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.PageLoader;
import nl.bijeen.connectors.text.Links;

/**
 * Completes an item with its detail page when the recipe has a {@code detail} section. A detail page that cannot
 * be loaded costs a warning, never the item: it keeps what the list page gave.
 */
final class DetailPages {

    private final Recipe recipe;
    private final PageLoader loader;
    private final Consumer<Warning> warnings;

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
        try {
            org.jsoup.nodes.Document page = RecipeConnector.page(loader.load(url));
            item.read(recipe.detail().fields(), page, URI.create(page.location()));
            item.keepLink(url);
        } catch (IOException | ConnectorException e) {
            warnings.accept(new Warning(url.toString(), "detail page could not be loaded (" + e.getMessage()
                    + "): kept what the list page gave"));
            item.keepLink(url);
        }
    }
}

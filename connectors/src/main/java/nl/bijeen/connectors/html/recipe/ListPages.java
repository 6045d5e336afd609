package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;
import nl.bijeen.connectors.text.Links;

/**
 * The list page and the pages after it: follows the recipe's "next page" link up to maxPages, and stops at a page
 * it has seen before (by URL or by content: sites that send page 1 again for a page number past the end).
 */
final class ListPages {

    private final Recipe recipe;
    private final PageLoader loader;
    private final Consumer<Warning> warnings;

    ListPages(Recipe recipe, PageLoader loader, Consumer<Warning> warnings) {
        this.recipe = recipe;
        this.loader = loader;
        this.warnings = warnings;
    }

    List<org.jsoup.nodes.Document> read(org.jsoup.nodes.Document first) {
        List<org.jsoup.nodes.Document> pages = new ArrayList<>(List.of(first));
        if (recipe.pagination() == null) {
            return pages;
        }
        Set<String> seenUrls = new HashSet<>(List.of(first.location()));
        Set<String> seenContent = new HashSet<>(List.of(itemsOf(first)));
        org.jsoup.nodes.Document current = first;
        while (pages.size() < recipe.pagination().maxPages()) {
            URI next = next(current);
            if (next == null || !seenUrls.add(next.toString())) {
                return pages;
            }
            current = load(next);
            if (current == null || !seenContent.add(itemsOf(current))) {
                return pages;
            }
            pages.add(current);
        }
        if (next(current) != null) {
            warnings.accept(new Warning(null, "stopped after " + pages.size() + " pages (pagination.maxPages of recipe '"
                    + recipe.name() + "'): later pages are not read"));
        }
        return pages;
    }

    private URI next(org.jsoup.nodes.Document page) {
        Element link = page.selectFirst(recipe.pagination().next());
        return link == null ? null : Links.absolute(link.attr("href"), URI.create(page.location()));
    }

    private org.jsoup.nodes.Document load(URI url) {
        try {
            Document document = loader.load(url);
            return RecipeConnector.page(document);
        } catch (IOException | ConnectorException e) {
            warnings.accept(new Warning(url.toString(), "next list page could not be loaded (" + e.getMessage()
                    + "): later pages are not read"));
            return null;
        }
    }

    /** What identifies a page's content: the HTML of its items (headers and "now" clocks may differ). */
    private String itemsOf(org.jsoup.nodes.Document page) {
        return page.select(recipe.items()).outerHtml();
    }
}

package nl.bijeen.connectors.html.recipe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Pages without event markup, read with the site's recipe (config/recipes/NAME.yml, named by the source): the
 * items on the list page and its next pages, each item's detail page when the recipe says so. It never claims a
 * document by itself ({@link #supports} is false): only a source that names a recipe is read this way.
 */
public final class RecipeConnector implements ActivityConnector {

    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    static final int MAX_ITEMS = 1_000;

    private final RecipeBook book;

    public RecipeConnector(RecipeBook book) {
        this.book = book;
    }

    /** Reads recipes from {@link RecipeBook#standard()}. */
    public RecipeConnector() {
        this(RecipeBook.standard());
    }

    @Override
    public String format() {
        return "recipe";
    }

    @Override
    public boolean supports(Document document) {
        return false;
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        if (settings.recipe() == null || settings.recipe().isBlank()) {
            throw new ConnectorException(document.url(), "the source asks for format 'recipe' but names no recipe");
        }
        Recipe recipe = book.recipe(settings.recipe());
        List<Warning> warnings = new ArrayList<>();
        ZoneId zone = recipe.zone() == null ? settings.defaultZone() : recipe.zone();
        DraftAssembler assembler = new DraftAssembler(recipe, settings.sourceId(), zone,
                LocalDate.ofInstant(settings.now(), zone), warnings::add);
        List<org.jsoup.nodes.Document> pages = new ListPages(recipe, settings.pages(), warnings::add)
                .read(page(document));
        Map<String, ActivityDraft> byId = new LinkedHashMap<>();
        int items = readItems(pages, recipe, new DetailPages(recipe, settings.pages(), warnings::add),
                draft -> Merging.add(byId, draft), assembler, warnings);
        if (items == 0) {
            warnings.add(new Warning(null, "no items found with selector '" + recipe.items() + "' (recipe '"
                    + recipe.name() + "'): has the site changed its pages?"));
        }
        org.jsoup.nodes.Document first = pages.getFirst();
        return new ParseResult(List.copyOf(byId.values()), warnings,
                RecipeOrganisations.publisher(recipe.publisher(), first, URI.create(first.location())));
    }

    /** Reads every item of every page (up to {@link #MAX_ITEMS}); returns how many items were found. */
    private static int readItems(List<org.jsoup.nodes.Document> pages, Recipe recipe, DetailPages details,
                                 Consumer<ActivityDraft> drafts, DraftAssembler assembler, List<Warning> warnings) {
        int position = 0;
        for (org.jsoup.nodes.Document page : pages) {
            URI base = URI.create(page.location());
            for (Element element : page.select(recipe.items())) {
                if (++position > MAX_ITEMS) {
                    warnings.add(new Warning(null, "more than " + MAX_ITEMS + " items: only the first "
                            + MAX_ITEMS + " are read"));
                    return position - 1;
                }
                RawItem item = new RawItem(position);
                item.read(recipe.fields(), element, base);
                details.complete(item, element, base);
                assembler.assemble(item).ifPresent(drafts);
            }
        }
        return position;
    }

    /** The page as jsoup reads it, with its URL as base for relative links. */
    static org.jsoup.nodes.Document page(Document document) throws ConnectorException {
        if (document.body().length > MAX_PAGE_BYTES) {
            throw new ConnectorException(document.url(), "the page is larger than " + MAX_PAGE_BYTES / (1024 * 1024)
                    + " MB: too large for an agenda page");
        }
        try {
            // Without a charset in the Content-Type, jsoup reads it from a BOM or <meta charset>, else UTF-8.
            String charset = document.contentTypeContains("charset=") ? document.charset().name() : null;
            org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(document.body()), charset,
                    document.url().toString());
            // Inner HTML as published: pretty printing would re-flow the line breaks of plain-text descriptions.
            page.outputSettings().prettyPrint(false);
            return page;
        } catch (IOException e) {
            throw new ConnectorException(document.url(), "the page cannot be read as HTML", e);
        }
    }
}

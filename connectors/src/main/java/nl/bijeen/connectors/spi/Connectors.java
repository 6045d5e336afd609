package nl.bijeen.connectors.spi;

import java.util.List;
import java.util.Optional;

import nl.bijeen.connectors.model.ParseResult;

/**
 * The composite connector: picks the connector for a document, by the source's format hint when it names one,
 * else by asking each registered connector whether it {@link ActivityConnector#supports supports} the document.
 * {@link #standard()} is the one place where the connectors are registered.
 */
public final class Connectors implements ActivityConnector {

    private final List<ActivityConnector> connectors;

    public Connectors(List<ActivityConnector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    /** Every connector Bijeen ships, in the order they are asked, with the recipes of config/recipes. */
    public static Connectors standard() {
        return standard(nl.bijeen.connectors.html.recipe.RecipeBook.standard());
    }

    /** Every connector Bijeen ships, reading recipe sources with the recipes in {@code recipes}. */
    public static Connectors standard(nl.bijeen.connectors.html.recipe.RecipeBook recipes) {
        return new Connectors(List.of(
                new nl.bijeen.connectors.ical.ICalConnector(),
                new nl.bijeen.connectors.feed.FeedConnector(),
                new nl.bijeen.connectors.html.JsonLdConnector(),
                // Never claims a document (supports() is false): used only for sources that name a recipe.
                new nl.bijeen.connectors.html.recipe.RecipeConnector(recipes)));
    }

    @Override
    public String format() {
        return "auto";
    }

    @Override
    public boolean supports(Document document) {
        return connectors.stream().anyMatch(c -> c.supports(document));
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        // A source that names a recipe is read with it, also when its format is left on "auto".
        boolean namesRecipe = settings.recipe() != null && !settings.recipe().isBlank();
        String hint = namesRecipe && "auto".equals(settings.formatHint()) ? "recipe" : settings.formatHint();
        return pick(document, hint)
                .orElseThrow(() -> new ConnectorException(document.url(),
                        "not an iCal feed, RSS/Atom feed or web page that Bijeen can read"))
                .parse(document, settings);
    }

    /** The connector named by the hint, or the first that supports the document. */
    public Optional<ActivityConnector> pick(Document document, String formatHint) {
        if (formatHint != null && !"auto".equals(formatHint)) {
            return connectors.stream().filter(c -> c.answersToHint(formatHint)).findFirst();
        }
        return connectors.stream().filter(c -> c.supports(document)).findFirst();
    }
}

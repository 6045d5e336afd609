package nl.bijeen.aggregator.demo;

import java.util.Locale;

/**
 * The publication formats of the demo sites, with the connector that reads them and how they are served. The two
 * recipe formats are pages without any event markup, each read by its recipe in config/recipes/.
 */
public enum DemoFormat {
    ICAL("ical", "text/calendar; charset=utf-8", null),
    RSS("feed", "application/rss+xml; charset=utf-8", null),
    ATOM("feed", "application/atom+xml; charset=utf-8", null),
    JSONLD("jsonld", "text/html; charset=utf-8", null),
    /** A paginated list page in the shape config/recipes/demo-buurthuis.yml documents. */
    RECIPE_BUURTHUIS("recipe", "text/html; charset=utf-8", "demo-buurthuis"),
    /** An agenda table with a detail page per activity, as config/recipes/demo-bibliotheek.yml documents. */
    RECIPE_BIBLIOTHEEK("recipe", "text/html; charset=utf-8", "demo-bibliotheek");

    private final String connectorFormat;
    private final String contentType;
    private final String recipe;

    DemoFormat(String connectorFormat, String contentType, String recipe) {
        this.connectorFormat = connectorFormat;
        this.contentType = contentType;
        this.recipe = recipe;
    }

    /** The connector format name used as hint in a {@code SourceDefinition}. */
    public String connectorFormat() {
        return connectorFormat;
    }

    public String contentType() {
        return contentType;
    }

    /** The recipe (file name in config/recipes without .yml) that reads this format; {@code null} for markup formats. */
    public String recipe() {
        return recipe;
    }

    public boolean isRecipe() {
        return recipe != null;
    }

    /** The value in world.yml: "ical", "recipe-buurthuis". */
    public String worldName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a format can carry an activity without a fixed date (an agenda, calendar or recipe page cannot). */
    public boolean carriesOngoing() {
        return this == RSS || this == ATOM;
    }

    static DemoFormat parse(String value) {
        for (DemoFormat f : values()) {
            if (f.worldName().equals(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value
                + "' (use ical, rss, atom, jsonld, recipe-buurthuis or recipe-bibliotheek)");
    }
}

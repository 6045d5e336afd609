package nl.bijeen.connectors.html.recipe;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A validated recipe: how to read activities from one site's pages that carry no event markup. Built only by
 * {@link RecipeReader}, so every selector, pattern and zone in it is known to be usable.
 *
 * @param name       the file's name without .yml
 * @param file       where it was read from
 * @param zone       the zone of the times on the site, or {@code null} for the source's default
 * @param items      CSS selector for one activity in the list page
 * @param fields     field name (see {@link #FIELD_NAMES}) → how to read it from an item
 * @param dates      how the date, time and endTime texts are read
 * @param undatedOffer true when items without a date are ongoing offers (Etalage), false when they are warnings
 * @param detail     the detail page to follow per item, or {@code null}
 * @param pagination how to reach the next list page, or {@code null} for one page
 * @param publisher  who runs the site: field name (see {@link #PUBLISHER_FIELDS}) → how to read it from the first
 *                   list page (or a fixed value); empty when the recipe does not say
 */
public record Recipe(String name, Path file, ZoneId zone, String items, Map<String, FieldRule> fields,
                     RecipeDates dates, boolean undatedOffer, Detail detail, Pagination pagination,
                     Map<String, FieldRule> publisher) {

    public Recipe {
        fields = Map.copyOf(fields);
        publisher = publisher == null ? Map.of() : Map.copyOf(publisher);
    }

    /**
     * A detail page per item.
     *
     * @param link   how to read the detail page's URL from the list item
     * @param fields fields read on the detail page (relative to the whole page); they win over the list's values
     */
    public record Detail(FieldRule link, Map<String, FieldRule> fields) {
        public Detail {
            fields = Map.copyOf(fields);
        }
    }

    /**
     * @param next     CSS selector for the "next page" link (its href is followed)
     * @param maxPages the most list pages read, the first included
     */
    public record Pagination(String next, int maxPages) {
    }

    /** Field names a recipe knows, in the order they are documented. */
    public static final List<String> FIELD_NAMES = List.of("title", "date", "time", "endTime", "description",
            "place", "address", "organiser", "organiserUrl", "organiserEmail", "organiserPhone", "image", "link",
            "cost", "audience", "category");

    /** What a recipe's publisher block may say about the organisation that runs the site. */
    public static final List<String> PUBLISHER_FIELDS = List.of("name", "url", "email", "phone", "address",
            "description", "logo", "kind");
}

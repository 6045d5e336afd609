package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A source as an operator configures it in {@code config/sources.yml}.
 *
 * @param id       short stable id, e.g. "buurthuis-de-kern-agenda" (letters, digits, '-')
 * @param name     display name
 * @param url      http(s) or webcal URL of the feed or page
 * @param format   "auto" or a connector format ("ical", "feed", "jsonld", "recipe")
 * @param schedule how often it is crawled
 * @param recipe   name of the recipe in config/recipes/ for a page without markup, or {@code null}
 */
public record SourceDefinition(String id, String name, URI url, String format, Duration schedule, String recipe) {

    public SourceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        name = name == null || name.isBlank() ? id : name;
        format = format == null || format.isBlank() ? "auto" : format;
        schedule = schedule == null ? Duration.ofHours(1) : schedule;
        recipe = recipe == null || recipe.isBlank() ? null : recipe;
    }

    /** A source read by a connector that needs no recipe. */
    public SourceDefinition(String id, String name, URI url, String format, Duration schedule) {
        this(id, name, url, format, schedule, null);
    }
}

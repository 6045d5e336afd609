package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A source as an operator configures it in {@code config/sources.yml}.
 *
 * @param id               short stable id, e.g. "buurthuis-de-kern-agenda" (letters, digits, '-')
 * @param name             display name
 * @param url              http(s) or webcal URL of the feed or page
 * @param format           "auto" or a connector format ("ical", "feed", "jsonld", "recipe")
 * @param schedule         how often it is crawled
 * @param recipe           name of the recipe in config/recipes/ for a page without markup, or {@code null}
 * @param defaultAudiences taxonomy audience ids given to its activities whose text names none
 * @param defaultThemes    taxonomy theme ids given to its activities whose text names none
 * @param defaultWijk      CBS wijk code (e.g. "WK053701") for its activities whose place has no wijk, or
 *                         {@code null}
 * @param priority         when duplicates merge, the source with the higher priority wins (default 0)
 * @param ownerEmail       e-mail address of whoever runs the agenda, or {@code null}
 * @param paused           an operator paused it: the scheduler skips it, a crawl on request still runs
 */
public record SourceDefinition(String id, String name, URI url, String format, Duration schedule, String recipe,
                               List<String> defaultAudiences, List<String> defaultThemes, String defaultWijk,
                               int priority, String ownerEmail, boolean paused) {

    public SourceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        name = name == null || name.isBlank() ? id : name;
        format = format == null || format.isBlank() ? "auto" : format;
        schedule = schedule == null ? Duration.ofHours(1) : schedule;
        recipe = blankToNull(recipe);
        defaultAudiences = defaultAudiences == null ? List.of() : List.copyOf(defaultAudiences);
        defaultThemes = defaultThemes == null ? List.of() : List.copyOf(defaultThemes);
        defaultWijk = blankToNull(defaultWijk);
        ownerEmail = blankToNull(ownerEmail);
    }

    /** A source without defaults, priority 0, no owner and not paused. */
    public SourceDefinition(String id, String name, URI url, String format, Duration schedule, String recipe) {
        this(id, name, url, format, schedule, recipe, List.of(), List.of(), null, 0, null, false);
    }

    /** A source read by a connector that needs no recipe. */
    public SourceDefinition(String id, String name, URI url, String format, Duration schedule) {
        this(id, name, url, format, schedule, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import nl.bijeen.connectors.classify.SourceDefaults;

/**
 * What a crawl needs to know about its source: where to fetch, how to read it, and the validators of the last
 * successful fetch ({@code null} when there are none) for a conditional GET, and the recipe for a page without
 * markup ({@code null} for other sources); and the source's defaults that normalising fills in where an activity's
 * text is silent (audiences, themes, wijk; empty or {@code null} when it has none); and the further pages its last
 * stored crawl loaded ({@code pages}, in loading order), which a conditional crawl must check as well.
 */
public record CrawlTarget(String id, URI url, String format, Duration schedule, String etag, String lastModified,
                          String recipe, List<String> defaultAudiences, List<String> defaultThemes,
                          String defaultWijk, List<LoadedPage> pages) {

    public CrawlTarget {
        defaultAudiences = defaultAudiences == null ? List.of() : List.copyOf(defaultAudiences);
        defaultThemes = defaultThemes == null ? List.of() : List.copyOf(defaultThemes);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A target without defaults. */
    public CrawlTarget(String id, URI url, String format, Duration schedule, String etag, String lastModified,
                       String recipe) {
        this(id, url, format, schedule, etag, lastModified, recipe, List.of(), List.of(), null, List.of());
    }

    /** The default audiences and themes, as the classifier takes them. */
    public SourceDefaults classifierDefaults() {
        return new SourceDefaults(defaultAudiences, defaultThemes);
    }
}

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
 * @param format   "auto" or a connector format ("ical", "feed", "jsonld")
 * @param schedule how often it is crawled
 */
public record SourceDefinition(String id, String name, URI url, String format, Duration schedule) {

    public SourceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        name = name == null || name.isBlank() ? id : name;
        format = format == null || format.isBlank() ? "auto" : format;
        schedule = schedule == null ? Duration.ofHours(1) : schedule;
    }
}

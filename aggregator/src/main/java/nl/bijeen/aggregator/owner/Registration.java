package nl.bijeen.aggregator.owner;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a site owner registers, after the preview.
 *
 * @param name            the name of the agenda or organisation, shown as the source
 * @param ownerName       who registered it (may be blank)
 * @param ownerEmail      how to reach them
 * @param siteUrl         the page they pasted (where an ownership proof is looked for)
 * @param feedUrl         the feed or page Bijeen will follow
 * @param format          the connector format of {@code feedUrl}
 * @param previewCount    how many activities the preview understood
 * @param previewWarnings the preview's warnings, in plain Dutch
 */
public record Registration(String name, String ownerName, String ownerEmail, URI siteUrl, URI feedUrl, String format,
                           int previewCount, List<String> previewWarnings) {

    public Registration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(feedUrl, "feedUrl");
        siteUrl = siteUrl == null ? feedUrl : siteUrl;
        format = format == null || format.isBlank() ? "auto" : format;
        previewWarnings = previewWarnings == null ? List.of() : List.copyOf(previewWarnings);
    }
}

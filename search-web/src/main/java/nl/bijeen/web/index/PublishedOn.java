package nl.bijeen.web.index;

import nl.bijeen.aggregator.dedupe.Publication;

/**
 * One site an activity was published on, as the index stores it.
 *
 * @param sourceId   the source's id
 * @param sourceName its name for residents
 * @param link       the activity's page on that site (http/https only), or null
 */
public record PublishedOn(String sourceId, String sourceName, String link) {

    private static final String SEPARATOR = "\t";

    static PublishedOn of(Publication publication) {
        return new PublishedOn(publication.sourceId(), publication.sourceName(),
                ActivityDocuments.webAddress(publication.link()));
    }

    /** Tabs cannot occur in ids, and names and links are stripped of them. */
    String encode() {
        return String.join(SEPARATOR, sourceId, clean(sourceName), link == null ? "" : clean(link));
    }

    static PublishedOn decode(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return new PublishedOn(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ');
    }
}

package nl.bijeen.aggregator.source;

import java.net.URI;
import java.util.Objects;

/**
 * A further page a source's crawl loaded beyond its own URL (a recipe's next page or detail page), with the HTTP
 * validators it answered with; both are {@code null} when it sent none or could not be loaded.
 *
 * @param url the URL the connector asked for (before redirects), as a later check asks for it again
 */
public record LoadedPage(URI url, String etag, String lastModified) {

    public LoadedPage {
        Objects.requireNonNull(url, "url");
    }

    /** A page that could not be loaded: nothing to check it against, so it must be read again. */
    public static LoadedPage unread(URI url) {
        return new LoadedPage(url, null, null);
    }

    /** True when a conditional GET can tell whether the page changed. */
    public boolean checkable() {
        return etag != null || lastModified != null;
    }
}

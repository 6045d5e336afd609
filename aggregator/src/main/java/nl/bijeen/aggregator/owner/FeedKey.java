package nl.bijeen.aggregator.owner;

import java.net.URI;
import java.util.Locale;

/**
 * The form in which two addresses of one feed are equal: http, https and webcal, the host's case, a default port,
 * a fragment and a trailing slash make no difference. Two registrations with the same key are one source.
 */
public final class FeedKey {

    private FeedKey() {
    }

    public static String of(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = url.getRawQuery();
        return host + portPart + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}

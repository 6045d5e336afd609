package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.Locale;

import nl.bijeen.connectors.text.Links;

/**
 * Tells when two links name the same feed: the scheme (http/https/webcal), the host's case, a default port, a
 * fragment, a trailing slash and tracking parameters (utm_*, fbclid, …) make no difference.
 */
final class UrlKey {

    private UrlKey() {
    }

    /** The key two equivalent URLs share. */
    static String of(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = Links.withoutTracking(url).getRawQuery();
        return host + portPart + path + (query == null ? "" : "?" + query);
    }

    /** The URL without fragment and tracking parameters: the form worth registering. */
    static URI cleaned(URI url) {
        String query = Links.withoutTracking(url).getRawQuery();
        String text = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath())
                + (query == null ? "" : "?" + query);
        return URI.create(text);
    }
}

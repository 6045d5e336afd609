package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells when two links name the same feed: the scheme (http/https/webcal), the host's case, a default port, a
 * fragment, a trailing slash and tracking parameters (utm_*, fbclid, …) make no difference.
 */
final class UrlKey {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "_ga", "_gl", "igshid", "yclid");

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
        String query = withoutTracking(url.getRawQuery());
        return host + portPart + path + (query == null ? "" : "?" + query);
    }

    /** The URL without fragment and tracking parameters: the form worth registering. */
    static URI cleaned(URI url) {
        String query = withoutTracking(url.getRawQuery());
        String text = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath())
                + (query == null ? "" : "?" + query);
        return URI.create(text);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        String kept = Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? null : kept;
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}

package nl.bijeen.connectors.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links and image URLs as published, made absolute and safe to show: resolved against the document URL,
 * {@code webcal://} read as https, and anything that is not http(s) (javascript:, data:, file:) refused.
 */
public final class Links {

    private Links() {
    }

    /** The absolute http(s) URI for {@code href}, or null when it is blank, malformed or of another scheme. */
    public static URI absolute(String href, URI base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String cleaned = href.strip().replace(" ", "%20");
        if (cleaned.regionMatches(true, 0, "webcal://", 0, 9)) {
            cleaned = "https://" + cleaned.substring(9);
        }
        try {
            URI uri = new URI(cleaned);
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
            return isWeb(uri) ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}

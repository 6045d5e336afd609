package nl.bijeen.connectors.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links and image URLs as published, made absolute and safe to show: resolved against the document URL,
 * {@code webcal://} read as https, anything that is not http(s) (javascript:, data:, file:) refused, and
 * tracking parameters (utm_*, fbclid, …) dropped so that we neither pass on a newsletter's click tracking nor see
 * one page as two because it was shared twice.
 */
public final class Links {

    /** Click and campaign trackers of the common newsletter, social and ad platforms; "utm_" is a prefix. */
    private static final Set<String> TRACKERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
            "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "igsh",
            "ref_src", "ref_url", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "mkt_tok",
            "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "s_cid");

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
                uri = resolve(base, cleaned, uri);
            }
            return isWeb(uri) ? withoutTracking(uri) : null;
        } catch (URISyntaxException | IllegalArgumentException malformed) {
            return null;
        }
    }

    /**
     * A query-only link ("?id=231", common on PHP sites) belongs to the page it is on, as browsers read it
     * (RFC 3986), while {@link URI#resolve} (RFC 2396) drops the page's file name and gives ".../?id=231".
     */
    private static URI resolve(URI base, String href, URI reference) {
        if (href.startsWith("?") && base.getRawPath() != null) {
            return URI.create(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + href);
        }
        return base.resolve(reference);
    }

    /**
     * The URI without tracking parameters; the other parameters keep their order and encoding, and the fragment
     * stays. A query left empty is removed with its "?".
     */
    public static URI withoutTracking(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !isTracker(parameter)) {
                kept.add(parameter);
            }
        }
        String text = uri.toString();
        int fragmentAt = uri.getRawFragment() == null ? text.length() : text.length() - uri.getRawFragment().length() - 1;
        String beforeQuery = text.substring(0, text.indexOf('?'));
        String rebuilt = beforeQuery + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + text.substring(fragmentAt);
        return URI.create(rebuilt);
    }

    private static boolean isTracker(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKERS.contains(name);
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}

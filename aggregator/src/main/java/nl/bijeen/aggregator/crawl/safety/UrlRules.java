package nl.bijeen.aggregator.crawl.safety;

import java.net.URI;
import java.util.Locale;

/**
 * Checks on the URL itself, before any address is looked up: no credentials in it, and no IP address in an odd
 * numeric spelling (2130706433, 0x7f.1, 017700000001, 127.1) that resolvers read as some internal address while a
 * person reads it as harmless.
 */
public final class UrlRules {

    private UrlRules() {
    }

    /** Why this URL is not fetched, or {@code null} when it may be (its addresses are checked later). */
    public static String refusal(URI url) {
        if (url.getRawUserInfo() != null || (url.getRawAuthority() != null && url.getRawAuthority().contains("@"))) {
            return "Bijeen haalt geen adressen op met een gebruikersnaam of wachtwoord erin (" + safe(url) + ").";
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return "Het adres " + url + " noemt geen website.";
        }
        if (isOddNumeric(host.toLowerCase(Locale.ROOT))) {
            return "Bijeen haalt geen adressen op met een ongebruikelijk geschreven IP-adres (" + host + ").";
        }
        return null;
    }

    static boolean isOddNumeric(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        for (String part : parts) {
            if (!part.matches("0x[0-9a-f]*|[0-9]+")) {
                return false; // a name (or IPv6 in brackets), not a number
            }
        }
        return !isCanonicalDottedQuad(parts);
    }

    private static boolean isCanonicalDottedQuad(String[] parts) {
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String safe(URI url) {
        return url.getScheme() + "://…@" + url.getHost();
    }
}

package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Turns a configured URL into the one to request: {@code webcal://} is iCal over https (http on this machine). */
final class FetchTargets {

    private FetchTargets() {
    }

    static URI requestable(URI url) throws FetchException {
        if (url.getScheme() == null || !url.getScheme().equalsIgnoreCase("webcal")) {
            return url;
        }
        String scheme = isLoopback(url.getHost()) ? "http" : "https";
        // swap the scheme textually: rebuilding from parts would re-encode escapes such as %20
        String rest = url.toString().substring(url.getScheme().length());
        try {
            return new URI(scheme + rest);
        } catch (URISyntaxException e) {
            throw new FetchException("Het webcal-adres " + url + " is ongeldig.", e);
        }
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}

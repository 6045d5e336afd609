package nl.bijeen.web.owner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads the address a site owner pasted: "www.buurthuis.nl/agenda" is taken as https; only web addresses count. */
final class PastedAddress {

    static final String NOT_AN_ADDRESS = "Dit is geen webadres. Plak het adres van uw website of agenda, bijvoorbeeld"
            + " https://www.buurthuis.nl/agenda.";

    private PastedAddress() {
    }

    static Optional<URI> parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > 2000 || value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("webcal")) {
                uri = new URI("https" + value.substring(value.indexOf("://")));
                scheme = "https";
            }
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getHost().contains(".") || web && isLoopback(uri)
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Loopback has no dot; the fetcher refuses it anyway unless an operator allowed it (tests, the demo world). */
    private static boolean isLoopback(URI uri) {
        return "localhost".equals(uri.getHost());
    }
}

package nl.bijeen.connectors.discovery;

import java.net.URI;

/**
 * A URL worth trying, before it is tried: what format it promises and how it was found.
 *
 * @param url    absolute http(s) URL (webcal already read as https)
 * @param format the format the link promises: "ical", "feed" or "jsonld"
 * @param via    how it was found
 * @param title  the link's title or text, or {@code null}
 */
record Proposal(URI url, String format, FoundVia via, String title) {
}

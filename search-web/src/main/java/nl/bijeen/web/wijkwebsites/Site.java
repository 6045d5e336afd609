package nl.bijeen.web.wijkwebsites;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A neighbourhood website Bijeen federates, as the store knows it.
 *
 * @param wijk        CBS code of the source's default wijk, or null when it has none
 * @param format      the source's format setting (auto, ical, feed, html, recipe)
 * @param url         what Bijeen reads (the feed or page)
 * @param home        the site itself: the page its owner registered, else the origin of {@code url}
 * @param live        live activities that came from it
 * @param themes      taxonomy theme ids of its live activities, most frequent first
 * @param lastSuccess the last successful crawl, or null when there was none
 */
public record Site(String id, String name, String wijk, String format, URI url, URI home, int live,
                   List<String> themes, Instant lastSuccess) {
}

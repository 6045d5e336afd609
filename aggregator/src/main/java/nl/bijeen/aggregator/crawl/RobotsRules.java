package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt, honoured: each site's file is fetched once and kept for {@link #KEEP}; we answer to the agent token
 * {@value #AGENT}. A missing file (4xx) allows everything; a server error (5xx) keeps us away for now, since the
 * site may be in trouble and its rules are unknown.
 */
final class RobotsRules {

    static final String AGENT = "bijeen";
    static final Duration KEEP = Duration.ofHours(24);

    /** Fetches a robots.txt: its status and body (empty for an error status). */
    @FunctionalInterface
    interface Loader {
        Answer load(URI robotsUrl) throws FetchException;
    }

    record Answer(int status, byte[] body, String contentType) {
    }

    private record Kept(BaseRobotRules rules, Instant until) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Kept> bySite = new ConcurrentHashMap<>();
    private final Clock clock;

    RobotsRules(Clock clock) {
        this.clock = clock;
    }

    /** Passes when the site's robots.txt lets Bijeen fetch this URL, else explains why not. */
    void check(URI url, Loader loader) throws FetchException {
        String site = site(url);
        Kept kept = bySite.get(site);
        if (kept == null || !clock.instant().isBefore(kept.until())) {
            kept = new Kept(load(site, loader), clock.instant().plus(KEEP));
            bySite.put(site, kept);
        }
        if (!kept.rules().isAllowed(url.toString())) {
            throw new FetchException("De website vraagt in haar robots.txt om " + shown(url)
                    + " niet door robots te laten ophalen; Bijeen houdt zich daaraan en haalt niets op.");
        }
    }

    private BaseRobotRules load(String site, Loader loader) throws FetchException {
        URI robotsUrl = URI.create(site + "/robots.txt");
        Answer answer = loader.load(robotsUrl);
        if (answer.status() >= 500) {
            throw new FetchException("De robots.txt van deze website gaf een serverfout (" + answer.status()
                    + "); Bijeen haalt daarom voorlopig niets op en probeert het later opnieuw.");
        }
        if (answer.status() >= 400) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL); // no robots.txt: no rules
        }
        return parser.parseContent(robotsUrl.toString(), answer.body(),
                answer.contentType() == null ? "text/plain" : answer.contentType(), List.of(AGENT));
    }

    private static String site(URI url) {
        int port = url.getPort();
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (port == -1 ? "" : ":" + port);
    }

    private static String shown(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}

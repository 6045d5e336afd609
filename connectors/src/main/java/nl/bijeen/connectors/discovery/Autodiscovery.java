package nl.bijeen.connectors.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;

import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;
import nl.bijeen.connectors.text.Links;

/**
 * Finds what Bijeen can follow on the page a site owner pastes: the page itself when it is a feed or calendar,
 * else the calendars and feeds it links or embeds, the schema.org Events it carries, and — only when it offers
 * nothing — a few common addresses on the site. Every candidate is tried through the settings' page loader (this
 * class never opens connections) and the list is ranked by what each yields.
 */
public final class Autodiscovery {

    /** Enough for a page with a feed, a calendar and a few category feeds; the rest is named, not tried. */
    public static final int DEFAULT_MAX_TRIES = 8;

    private final Connectors connectors;
    private final int maxTries;

    public Autodiscovery(Connectors connectors, int maxTries) {
        if (maxTries < 1) {
            throw new IllegalArgumentException("at least one candidate must be tried, not " + maxTries);
        }
        this.connectors = connectors;
        this.maxTries = maxTries;
    }

    public Autodiscovery() {
        this(Connectors.standard(), DEFAULT_MAX_TRIES);
    }

    public Discovery discover(Document page, SourceSettings settings) {
        CandidateTrial trial = new CandidateTrial(connectors, settings);
        Optional<ActivityConnector> own = connectors.pick(page, "auto");
        if (own.isEmpty()) {
            return new Discovery(page.url(), List.of(), List.of(
                    "Op dit adres staat geen webpagina, agenda of feed die Bijeen kan lezen."));
        }
        if (!own.get().format().equals("jsonld")) {
            Proposal itself = new Proposal(UrlKey.cleaned(page.url()), own.get().format(), FoundVia.PASTED_URL, null);
            return new Discovery(page.url(), List.of(trial.read(itself, page)), List.of());
        }
        return new PageSearch(page, trial).run();
    }

    /** One search through one HTML page. */
    private final class PageSearch {

        private final Document page;
        private final CandidateTrial trial;
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private int tries;

        PageSearch(Document page, CandidateTrial trial) {
            this.page = page;
            this.trial = trial;
        }

        Discovery run() {
            org.jsoup.nodes.Document html = parse();
            URI base = Optional.ofNullable(Links.absolute(html.baseUri(), page.url())).orElse(page.url());
            LinkScanner.Scan scan = LinkScanner.scan(html, base);
            scan.commentFeeds().forEach(feed -> warnings.add(
                    "Reactiefeed overgeslagen (reacties zijn geen activiteiten): " + feed));
            List<Proposal> proposals = new ArrayList<>(scan.proposals());
            proposals.addAll(SiteHints.software(html, base, proposals));
            pageItself(html);
            tryAll(distinct(proposals));
            if (candidates.isEmpty()) {
                tryCommonPaths(base);
            }
            candidates.sort(Candidate.RANKING);
            summarise();
            return new Discovery(page.url(), candidates, warnings);
        }

        private org.jsoup.nodes.Document parse() {
            String declared = page.contentType() != null
                    && page.contentType().toLowerCase(Locale.ROOT).contains("charset=") ? page.charset().name() : null;
            try {
                return Jsoup.parse(new ByteArrayInputStream(page.body()), declared, page.url().toString());
            } catch (IOException cannotHappenInMemory) {
                return Jsoup.parse(new String(page.body(), page.charset()), page.url().toString());
            }
        }

        /** The page counts as a candidate only when it carries Events: every page is HTML, few are agendas. */
        private void pageItself(org.jsoup.nodes.Document html) {
            String title = html.title().isBlank() ? null : html.title().strip();
            Candidate itself = trial.read(new Proposal(UrlKey.cleaned(page.url()), "jsonld",
                    FoundVia.JSON_LD_ON_PAGE, title), page);
            if (itself.usable() && itself.activities() > 0) {
                candidates.add(itself);
            }
        }

        private List<Proposal> distinct(List<Proposal> proposals) {
            Set<String> seen = new HashSet<>();
            seen.add(UrlKey.of(page.url()));
            return proposals.stream().filter(p -> seen.add(UrlKey.of(p.url()))).toList();
        }

        private void tryAll(List<Proposal> proposals) {
            for (Proposal proposal : proposals) {
                if (tries == maxTries) {
                    warnings.add(untried(proposals.subList(proposals.indexOf(proposal), proposals.size())));
                    return;
                }
                tries++;
                candidates.add(trial.load(proposal));
            }
        }

        private String untried(List<Proposal> rest) {
            return rest.size() + " mogelijke " + (rest.size() == 1 ? "bron" : "bronnen") + " niet geprobeerd (hooguit "
                    + maxTries + " per zoektocht): " + String.join(", ", rest.stream().map(p -> p.url().toString())
                    .toList());
        }

        /** Guessed addresses that fail are no news to the site owner: only those that can be read are kept. */
        private void tryCommonPaths(URI base) {
            for (Proposal guess : distinct(SiteHints.commonPaths(base))) {
                if (tries == maxTries) {
                    return;
                }
                tries++;
                Candidate candidate = trial.load(guess);
                if (candidate.usable()) {
                    candidates.add(candidate);
                }
            }
        }

        private void summarise() {
            if (candidates.isEmpty()) {
                warnings.add("Op deze pagina staat geen agenda, feed of activiteit die Bijeen kan volgen; ook op de"
                        + " gebruikelijke adressen (" + String.join(", ", SiteHints.COMMON_PATHS)
                        + ") is niets gevonden.");
            } else if (candidates.stream().noneMatch(c -> c.activities() > 0)) {
                warnings.add("De gevonden agenda's en feeds bevatten (nog) geen activiteiten die Bijeen begrijpt.");
            }
        }
    }
}

package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.discovery.Autodiscovery;
import nl.bijeen.connectors.discovery.Discovery;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Reads a source now the way a crawl would — the same guarded fetcher (address policy, size and time limits,
 * robots.txt), the same connectors and the same normalising — but stores nothing, so it needs no source row:
 * a site owner's preview, or an admin trying a source before adding it.
 */
public final class DryRun {

    /** The name under which {@link CrawlContext} binds the dry run in the Camel registry. */
    public static final String BEAN = "bijeen-dry-run";

    private final HttpFetcher fetcher;
    private final SourceParser parser;
    private final Normaliser normaliser;
    private final Duration horizon;
    private final Autodiscovery discovery = new Autodiscovery();

    DryRun(HttpFetcher fetcher, SourceParser parser, Normaliser normaliser, Duration horizon) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    /**
     * Autodiscovery from any page a site owner pasted: the page and every candidate it links are loaded through the
     * guarded fetcher. A page that cannot be fetched gives no candidates and one warning saying why.
     */
    public Discovery discover(URI page) {
        Document document;
        try {
            if (!(fetcher.fetch(page, Validators.NONE) instanceof FetchResult.Fetched fetched)) {
                return new Discovery(page, List.of(), List.of("De website stuurde geen inhoud terug."));
            }
            document = new Document(fetched.url(), fetched.contentType(), fetched.body());
        } catch (Exception e) {
            return new Discovery(page, List.of(), List.of(FailureMessages.describe(e)));
        }
        LocalDate today = LocalDate.now(SourceSettings.DEFAULT_ZONE);
        return discovery.discover(document, new SourceSettings("aanmelding", "auto", SourceSettings.DEFAULT_ZONE,
                horizon, today.atStartOfDay(SourceSettings.DEFAULT_ZONE).toInstant(), null, parser.pageLoader()));
    }

    /**
     * Whether the page at {@code url} (a site's page or its /.well-known file) contains {@code code}: proof that whoever
     * registered a source can change that site. A page that cannot be fetched proves nothing.
     */
    public boolean pageContains(URI url, String code) {
        try {
            return fetcher.fetch(url, Validators.NONE) instanceof FetchResult.Fetched fetched
                    && new String(fetched.body(), StandardCharsets.UTF_8).contains(code);
        } catch (FetchException e) {
            return false;
        }
    }

    /** Never throws for a failing source: the result's error says what went wrong, in plain Dutch. */
    public DryRunResult run(SourceDefinition source) {
        CrawlTarget target = target(source);
        FetchResult fetched;
        try {
            fetched = fetcher.fetch(target.url(), Validators.NONE);
        } catch (Exception e) {
            return DryRunResult.failed(null, source.format(), FailureMessages.describe(e));
        }
        if (!(fetched instanceof FetchResult.Fetched document)) { // no validators were sent: a 304 is nonsense
            return DryRunResult.failed(fetched.url(), source.format(),
                    "De website antwoordde dat er niets veranderd is, maar stuurde geen inhoud.");
        }
        try {
            ParseResult parsed = parser.parse(target, document, parser.pageLoader());
            ParseResult normalised = DefaultWijk.apply(normaliser.normalise(parsed, target.classifierDefaults()),
                    target.defaultWijk());
            List<String> warnings = normalised.warnings().stream().map(DryRun::describe).toList();
            return new DryRunResult(document.url(), source.format(), normalised.activities(), warnings, null);
        } catch (Exception e) {
            return DryRunResult.failed(document.url(), source.format(), FailureMessages.describe(e));
        }
    }

    private static CrawlTarget target(SourceDefinition source) {
        return new CrawlTarget(source.id(), source.url(), source.format(), source.schedule(), null, null,
                source.recipe(), source.defaultAudiences(), source.defaultThemes(), source.defaultWijk(), List.of());
    }

    private static String describe(Warning warning) {
        return warning.itemRef() == null ? warning.message() : warning.itemRef() + ": " + warning.message();
    }
}

package nl.bijeen.aggregator.crawl;

import java.util.List;
import java.util.Objects;

import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;

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

    DryRun(HttpFetcher fetcher, SourceParser parser, Normaliser normaliser) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
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

package nl.bijeen.web.owner;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.DryRunResult;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.connectors.discovery.Candidate;
import nl.bijeen.connectors.discovery.Discovery;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;

/**
 * Turns a pasted address into a {@link Preview}: autodiscovery finds the best feed or page, a dry run of it shows
 * what Bijeen understands (fetched through the crawl's guarded fetcher, nothing stored).
 */
@Singleton
public class PreviewMaker {

    static final int EXAMPLES = 5;
    static final String NOTHING_FOUND = "Bijeen vond op deze pagina geen agenda, feed of activiteiten die het kan"
            + " volgen.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH.mm",
            Locale.forLanguageTag("nl-NL"));

    private final Aggregator aggregator;

    public PreviewMaker(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    public Preview preview(URI pasted) {
        Discovery discovery = aggregator.dryRuns().discover(pasted);
        Optional<Candidate> best = discovery.best();
        if (best.isEmpty()) {
            List<String> why = new ArrayList<>(discovery.warnings());
            discovery.candidates().stream().filter(c -> !c.usable()).forEach(c -> why.add(c.url() + ": " + c.error()));
            return Preview.failed(pasted, why, NOTHING_FOUND);
        }
        return of(pasted, best.get(), dryRun(best.get().url(), best.get().format()));
    }

    /** The dry run of the feed itself: what a registration stores as its preview numbers. */
    public DryRunResult dryRun(URI feed, String format) {
        return aggregator.dryRun(new SourceDefinition("aanmelding", "aanmelding", feed, format, null));
    }

    private static Preview of(URI pasted, Candidate best, DryRunResult run) {
        if (!run.succeeded()) {
            return Preview.failed(pasted, List.of(), run.error());
        }
        List<ActivityDraft> drafts = run.activities();
        if (drafts.isEmpty()) {
            return Preview.failed(pasted, List.of(), NOTHING_FOUND);
        }
        List<Preview.Example> examples = drafts.stream().limit(EXAMPLES).map(PreviewMaker::example).toList();
        return new Preview(pasted, best.url(), best.format(), best.via().dutch(), drafts.size(), examples,
                PreviewWarnings.of(drafts, run.warnings()), null);
    }

    private static Preview.Example example(ActivityDraft draft) {
        String when = draft.schedule().occurrences().stream().map(Occurrence::start).findFirst()
                .map(PreviewMaker::when).orElse("geen datum");
        String where = draft.place() == null ? "geen plaats"
                : draft.place().name() != null ? draft.place().name()
                : draft.place().address() != null ? draft.place().address() : "geen plaats";
        return new Preview.Example(draft.title(), when, where);
    }

    private static String when(ZonedDateTime start) {
        return WHEN.format(start.withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")));
    }
}

package nl.bijeen.web.admin;

import nl.bijeen.aggregator.store.CrawlLogEntry;

/** One crawl attempt as the source page lists it. */
public record CrawlLogLine(String when, String outcome, String status, String found, String changes, String duration,
                           String warnings, String error) {

    static CrawlLogLine of(CrawlLogEntry e) {
        return new CrawlLogLine(SourceRow.when(e.startedAt()), e.outcome().name().toLowerCase(java.util.Locale.ROOT),
                e.httpStatus() == null ? "—" : e.httpStatus().toString(),
                e.itemsFound() == null ? "—" : e.itemsFound().toString(),
                e.inserted() + " nieuw, " + e.updated() + " gewijzigd, " + e.removed() + " weg",
                e.durationMs() + " ms", e.warningCount() == 0 ? "" : e.warningCount() + ": "
                        + String.join(" · ", e.warnings()), e.error() == null ? "" : e.error());
    }
}

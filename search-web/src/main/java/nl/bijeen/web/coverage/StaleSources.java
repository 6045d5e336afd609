package nl.bijeen.web.coverage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.export.CsvWriter;

/**
 * Sources whose activities may be out of date: the last successful crawl is older than the setting (or there never
 * was one), or crawls keep failing. A gap in the matrix may be a site that stopped being read, not a lack of offer.
 */
@Singleton
public class StaleSources {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    /**
     * @param lastSuccess when the last crawl succeeded ("23-11-2026 14:05", local time), or "nooit"
     * @param wijk      the wijk the source's activities get by default (sources.yml), or "" when it has none
     * @param lastError why the last crawl failed, in plain Dutch as the crawler wrote it; "" after a success
     * @param why       in words: "geen geslaagde ophaalbeurt sinds …", "mislukt 4 keer op rij", "stilgezet: …"
     */
    public record Stale(String id, String name, String wijk, String lastSuccess, int failures, String lastError,
                 String why) {
    }

    private final Aggregator aggregator;
    private final CoverageProperties settings;
    private final Clock clock;
    private final ZoneId zone;

    StaleSources(Aggregator aggregator, CoverageProperties settings, Clock clock, BijeenProperties bijeen) {
        this.aggregator = aggregator;
        this.zone = ZoneId.of(bijeen.timeZone());
        this.settings = settings;
        this.clock = clock;
    }

    List<Stale> list(Coverage coverage) {
        Instant limit = clock.instant().minus(settings.staleAfter());
        return aggregator.sources().stream()
                .filter(s -> s.enabled() && !s.paused())
                .filter(s -> old(s, limit) || s.consecutiveFailures() >= settings.failingAfter() || s.parked())
                .sorted(Comparator.comparing(SourceStatus::name))
                .map(s -> new Stale(s.id(), s.name(), wijk(s, coverage), when(s.lastSuccessAt()),
                        s.consecutiveFailures(),
                        s.lastError() == null ? "" : s.lastError(), why(s, limit)))
                .toList();
    }

    private String when(Instant at) {
        return at == null ? "nooit" : WHEN.format(at.atZone(zone));
    }

    private static boolean old(SourceStatus s, Instant limit) {
        return s.lastSuccessAt() == null ? s.lastAttemptAt() != null : s.lastSuccessAt().isBefore(limit);
    }

    private String why(SourceStatus s, Instant limit) {
        if (s.parked()) {
            return "stilgezet: " + s.parkedReason();
        }
        if (s.consecutiveFailures() >= settings.failingAfter()) {
            return "mislukt " + s.consecutiveFailures() + " keer op rij";
        }
        return s.lastSuccessAt() == null ? "nog nooit gelukt"
                : "langer dan " + days(settings.staleAfter()) + " niet gelukt";
    }

    private static String days(Duration d) {
        long days = d.toDays();
        return days >= 1 ? days + (days == 1 ? " dag" : " dagen") : d.toHours() + " uur";
    }

    private static String wijk(SourceStatus s, Coverage coverage) {
        String code = s.settings().defaultWijk();
        return code == null ? "" : coverage.wijkName(code);
    }

    static String csv(List<Stale> sources) {
        CsvWriter csv = new CsvWriter().row(List.of("Bron", "Bron-id", "Wijk", "Laatst gelukt",
                "Mislukt op rij", "Waarom in deze lijst", "Laatste fout"));
        for (Stale s : sources) {
            csv.row(List.of(s.name(), s.id(), s.wijk(), s.lastSuccess(),
                    s.failures(), s.why(), s.lastError()));
        }
        return csv.toString();
    }
}

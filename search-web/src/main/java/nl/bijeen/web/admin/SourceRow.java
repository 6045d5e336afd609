package nl.bijeen.web.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.bijeen.aggregator.source.SourceStatus;

/**
 * One line of the sources table: a source's health in words and its crawl numbers, with the raw values to sort on.
 *
 * @param health one of {@code ok}, {@code fout}, {@code stilgezet}, {@code gepauzeerd}, {@code uit}
 */
public record SourceRow(String id, String name, String url, String format, String origin, String health,
                        String healthText, Instant lastAttempt, Instant lastSuccess, int items, Long durationMs,
                        Instant nextDue) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    static SourceRow of(SourceStatus s, String origin) {
        String health = !s.enabled() ? "uit" : s.parked() ? "stilgezet" : s.paused() ? "gepauzeerd"
                : s.failing() ? "fout" : "ok";
        String text = switch (health) {
            case "uit" -> "uitgezet (niet meer in sources.yml)";
            case "stilgezet" -> "stilgezet: " + s.parkedReason();
            case "gepauzeerd" -> "gepauzeerd";
            case "fout" -> s.consecutiveFailures() + " keer mislukt: " + s.lastError();
            default -> "in orde";
        };
        return new SourceRow(s.id(), s.name(), s.url().toString(), s.format(), origin == null ? "" : origin, health,
                text, s.lastAttemptAt(), s.lastSuccessAt(), s.itemCount(), s.lastDurationMs(), s.nextDueAt());
    }

    public String lastAttemptText() {
        return when(lastAttempt);
    }

    public String lastSuccessText() {
        return when(lastSuccess);
    }

    public String nextDueText() {
        return health.equals("ok") || health.equals("fout") ? when(nextDue) : "—";
    }

    public String durationText() {
        return durationMs == null ? "—" : durationMs < 1000 ? durationMs + " ms"
                : String.format(Locale.ROOT, "%.1f s", durationMs / 1000.0).replace('.', ',');
    }

    static String when(Instant at) {
        return at == null ? "nog nooit" : WHEN.format(at);
    }
}

package nl.bijeen.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;

import nl.bijeen.aggregator.store.StoredActivity;

/**
 * The query mix on PostgreSQL's full-text search over the same activities ({@link PgFullText}, {@link PgSearch}):
 * load, warm-up, then 1 and N clients for the same fixed time as Bijeen's runs. Skipped, with the reason printed,
 * when PostgreSQL cannot be reached; the bench's schema is dropped afterwards either way.
 */
final class PgRun {

    private static final ThreadFactory CLIENTS = Thread.ofPlatform().name("pg-client-", 0).factory();

    /**
     * @param pool          connections shared by the clients
     * @param exactZero     queries of the mix for which all words together find nothing
     * @param zeroResults   queries that find nothing even with any word (Bijeen relaxes the same way); counted like
     *                      Bijeen's, over every query of the mix
     * @param runs          1 client, then N clients
     */
    record Result(PgFullText.Load load, int pool, int exactZero, int zeroResults, List<LoadRun.Measured> runs) {

        String json() {
            String runsJson = runs.stream().map(r -> String.format(Locale.ROOT,
                    "{\"clients\": %d, \"requests\": %d, \"medianMillis\": %.3f, \"p99Millis\": %.3f, "
                            + "\"maxMillis\": %.3f, \"perSecond\": %.1f, \"errors\": %d, \"byClass\": {%s}}",
                    r.threads(), r.all().count(), r.all().percentileMillis(50), r.all().percentileMillis(99),
                    r.all().percentileMillis(100), r.perSecond(), r.errors(), SearchResultTable.kindsJson(r.byKind())))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "{\"load\": %s, \"poolConnections\": %d, \"exactZeroResultQueries\": "
                    + "%d, \"zeroResultQueries\": %d, \"runs\": [%s]}", load.json(), pool, exactZero, zeroResults,
                    runsJson);
        }
    }

    private PgRun() {
    }

    /** @return null when PostgreSQL could not be reached or failed (the reason is printed) */
    static Result measure(String url, int pool, List<StoredActivity> activities, Instant today, QueryMix mix,
                          int clients, Duration warmup, Duration duration) throws Exception {
        PgFullText db;
        try {
            db = PgFullText.open(url);
        } catch (java.sql.SQLException e) {
            System.out.println("PostgreSQL full-text search skipped: cannot reach " + url + " (" + e.getMessage()
                    + ")");
            return null;
        }
        try (db) {
            System.out.printf(Locale.ROOT, "loading %,d activities into PostgreSQL (%s)…%n", activities.size(),
                    db.table());
            PgFullText.Load load = db.load(activities, today);
            System.out.println(load.summary());
            try (PgSearch search = PgSearch.open(db, pool, today)) {
                int exactZero = 0;
                int zero = 0;
                for (String q : mix.queries().stream().map(QueryMix.Query::text).toList()) {
                    if (search.exactTotal(q) == 0) {
                        exactZero++;
                        zero += search.total(q) == 0 ? 1 : 0;
                    }
                }
                System.out.println("PostgreSQL warm-up…");
                LoadRun.run("warm-up", mix, search::search, clients, CLIENTS, warmup);
                List<LoadRun.Measured> runs = new ArrayList<>();
                runs.add(LoadRun.run("PostgreSQL full-text", mix, search::search, 1, CLIENTS, duration));
                if (clients > 1) {
                    runs.add(LoadRun.run("PostgreSQL full-text", mix, search::search, clients, CLIENTS, duration));
                }
                return new Result(load, pool, exactZero, zero, runs);
            }
        }
    }
}

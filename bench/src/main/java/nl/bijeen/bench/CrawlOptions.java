package nl.bijeen.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Options of {@code bench crawl}: --sites, --items, --seed, --config, --jdbc, --tick (ms), --out. */
record CrawlOptions(int sites, int items, long seed, Path config, String jdbc, Duration tick, Path out) {

    static CrawlOptions parse(String[] args) {
        CrawlOptions o = new CrawlOptions(1_000, 100_000, 42, Path.of("config"), null, Duration.ofMillis(100),
                Path.of("bench/target/crawl-report.json"));
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            o = switch (args[i++]) {
                case "--sites" -> new CrawlOptions(Integer.parseInt(value), o.items, o.seed, o.config, o.jdbc, o.tick,
                        o.out);
                case "--items" -> new CrawlOptions(o.sites, Integer.parseInt(value), o.seed, o.config, o.jdbc, o.tick,
                        o.out);
                case "--seed" -> new CrawlOptions(o.sites, o.items, Long.parseLong(value), o.config, o.jdbc, o.tick,
                        o.out);
                case "--config" -> new CrawlOptions(o.sites, o.items, o.seed, Path.of(value), o.jdbc, o.tick, o.out);
                case "--jdbc" -> new CrawlOptions(o.sites, o.items, o.seed, o.config, value, o.tick, o.out);
                case "--tick" -> new CrawlOptions(o.sites, o.items, o.seed, o.config, o.jdbc,
                        Duration.ofMillis(Long.parseLong(value)), o.out);
                case "--out" -> new CrawlOptions(o.sites, o.items, o.seed, o.config, o.jdbc, o.tick, Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]
                        + " (use --sites, --items, --seed, --config, --jdbc, --tick, --out)");
            };
        }
        return o;
    }
}

package nl.bijeen.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.jsoup.Jsoup;

import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.connectors.classify.SourceDefaults;
import nl.bijeen.connectors.html.recipe.RecipeBook;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * The pipeline's overhead over the raw parsers: the same bytes (every demo site's rendered feed or pages, see
 * {@link ParserCorpus}) read (a) by iCal4j, Rome or jsoup alone and (b) by Bijeen's connector for the format, and
 * (c) the connector followed by the normaliser (classification, wijk from coordinates, the geocode cache in an
 * in-memory H2 store), as the crawl does. A time-bounded warm-up, then timed rounds; each round times every document
 * on all three, in a rotating order, a few parses per measurement. Per format: the median per document and the
 * ratio connector / raw and pipeline / raw. Written to {@code bench/target/parser-report.json}.
 */
public final class ParserBench {

    @FunctionalInterface
    private interface Parse {
        /** @return something derived from the result, so the JIT cannot drop the work */
        int run() throws Exception;
    }

    private ParserBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Clock clock = Clock.system(SourceSettings.DEFAULT_ZONE);
        Instant today = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        List<ParserCorpus.Site> corpus = ParserCorpus.render(DemoWorld.load(options.config()), clock);
        Connectors connectors = Connectors.standard(new RecipeBook(options.config().resolve("recipes")));
        Normaliser normaliser = normaliser(options.config());
        List<Parse[]> parses = new ArrayList<>();
        Map<ParserCorpus.Site, Integer> activities = new LinkedHashMap<>();
        for (ParserCorpus.Site site : corpus) {
            SourceSettings settings = new SourceSettings(site.site().id(), site.format().connectorFormat(),
                    SourceSettings.DEFAULT_ZONE, SourceSettings.DEFAULT_HORIZON, today, site.format().recipe(),
                    site.loader());
            Parse connector = () -> connectors.parse(site.feed(), settings).activities().size();
            Parse pipeline = () -> normaliser.normalise(connectors.parse(site.feed(), settings), SourceDefaults.NONE)
                    .activities().size();
            activities.put(site, pipeline.run()); // also loads a recipe site's further pages, once
            parses.add(new Parse[] {raw(site), connector, pipeline});
        }
        System.out.printf(Locale.ROOT, "Parser bench: %d documents, %s s warm-up, %d rounds of %d parses each,"
                        + " JVM %s%n", corpus.size(), options.warmup().toSeconds(), options.rounds(),
                options.repeat(), Runtime.version());
        long deadline = System.nanoTime() + options.warmup().toNanos();
        while (System.nanoTime() < deadline) {
            for (Parse[] p : parses) {
                for (Parse each : p) {
                    each.run();
                }
            }
        }
        List<List<List<Long>>> times = time(parses, options);
        List<ParserTimes> results = byFormat(corpus, activities, times);
        System.out.println(ParserTimes.header());
        results.forEach(r -> System.out.println(r.row()));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), "{\"benchmark\": \"parsers\", \"jvm\": \"" + Runtime.version()
                + "\", \"rounds\": " + options.rounds() + ", \"parsesPerMeasurement\": " + options.repeat()
                + ", \"formats\": [\n  " + results.stream().map(ParserTimes::json)
                .collect(Collectors.joining(",\n  ")) + "]}\n");
        System.out.println("written to " + options.out().toAbsolutePath());
    }

    /** @return per document, per side (raw, connector, pipeline), the nanoseconds per parse of every round */
    private static List<List<List<Long>>> time(List<Parse[]> parses, Options options) throws Exception {
        List<List<List<Long>>> times = new ArrayList<>();
        parses.forEach(p -> times.add(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        long sink = 0;
        for (int round = 0; round < options.rounds(); round++) {
            for (int d = 0; d < parses.size(); d++) {
                for (int k = 0; k < 3; k++) {
                    int side = (k + round) % 3; // rotate, so no side always runs right after another's garbage
                    long t = System.nanoTime();
                    for (int i = 0; i < options.repeat(); i++) {
                        sink += parses.get(d)[side].run();
                    }
                    times.get(d).get(side).add((System.nanoTime() - t) / options.repeat());
                }
            }
        }
        if (sink == 42) {
            System.out.println(); // the sink is used, so nothing parsed can be optimised away
        }
        return times;
    }

    private static List<ParserTimes> byFormat(List<ParserCorpus.Site> corpus,
                                              Map<ParserCorpus.Site, Integer> activities,
                                              List<List<List<Long>>> times) {
        List<ParserTimes> results = new ArrayList<>();
        for (DemoFormat format : DemoFormat.values()) {
            List<Integer> docs = new ArrayList<>();
            for (int d = 0; d < corpus.size(); d++) {
                if (corpus.get(d).format() == format) {
                    docs.add(d);
                }
            }
            if (docs.isEmpty()) {
                continue;
            }
            long[][] medians = new long[3][docs.size()];
            for (int side = 0; side < 3; side++) {
                for (int i = 0; i < docs.size(); i++) {
                    medians[side][i] = ParserTimes.medianOf(times.get(docs.get(i)).get(side));
                }
            }
            List<ParserCorpus.Site> sites = docs.stream().map(corpus::get).toList();
            results.add(new ParserTimes(format, rawName(format), sites.size(),
                    sites.stream().mapToInt(s -> s.documents().size()).sum(),
                    sites.stream().mapToLong(ParserCorpus.Site::bytes).sum(),
                    sites.stream().mapToInt(activities::get).sum(), medians[0], medians[1], medians[2]));
        }
        return results;
    }

    private static String rawName(DemoFormat format) {
        return switch (format) {
            case ICAL -> "iCal4j CalendarBuilder";
            case RSS, ATOM -> "Rome SyndFeedInput";
            default -> "jsoup Jsoup.parse";
        };
    }

    /** The library alone, reading every page the connector reads. */
    private static Parse raw(ParserCorpus.Site site) {
        Document feed = site.feed();
        return switch (site.format()) {
            case ICAL -> () -> new CalendarBuilder().build(new ByteArrayInputStream(feed.body())).getComponents()
                    .size();
            case RSS, ATOM -> () -> {
                SyndFeedInput input = new SyndFeedInput();
                input.setAllowDoctypes(false);
                try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed.body()), feed.contentType(),
                        true)) {
                    return input.build(reader).getEntries().size();
                }
            };
            default -> () -> {
                int elements = 0;
                for (Document page : site.documents()) {
                    elements += Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().name(),
                            page.url().toString()).getAllElements().size();
                }
                return elements;
            };
        };
    }

    /** The crawl's normaliser over an empty in-memory store (its geocode cache), geocoding off as in tests. */
    private static Normaliser normaliser(Path config) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:parsers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        StoreMigrations.migrate(dataSource);
        return Normaliser.create(NormaliseSettings.fromConfigDir(config), dataSource, warning -> { });
    }

    /** Command-line options, with the defaults a plain run from the repository root needs. */
    record Options(Duration warmup, int rounds, int repeat, Path config, Path out) {

        static Options parse(String[] args) throws IOException {
            Duration warmup = Duration.ofSeconds(10);
            int rounds = 21;
            int repeat = 5;
            Path config = Path.of("config");
            Path out = Path.of("bench", "target", "parser-report.json");
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--repeat" -> repeat = Integer.parseInt(value);
                    case "--config" -> config = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(warmup, rounds, repeat, config, out);
        }
    }
}

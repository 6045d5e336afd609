package nl.bijeen.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.index.IndexFollower;

/**
 * The whole application over a community centre's agenda on loopback ({@value #FIXTURE}), crawled once:
 * <ul>
 *   <li>"Koffieochtend in De Kern": weekly from tomorrow, 3 times (the second cancelled), in Katwijk aan Zee,
 *       organiser with e-mail;</li>
 *   <li>"Klaverjassen": the day after tomorrow, cancelled;</li>
 *   <li>a hostile item in 5 days: a spreadsheet formula and a script in its title, a script and a fake
 *       {@code END:VEVENT} in its description, a formula as its place and organiser, and a javascript: link.</li>
 * </ul>
 * Subclasses carry {@code @MicronautTest} and read pages, exports or the API over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AgendaApp implements TestPropertyProvider {

    public static final String FIXTURE = "ical/export-agenda.ics";
    public static final String SOURCE = "de-kern-agenda";
    public static final String COFFEE = "Koffieochtend in De Kern";
    public static final String CARDS = "Klaverjassen";
    public static final String WIJK = "Katwijk aan Zee";

    protected final AgendaServer agenda = new AgendaServer();
    private final String name;
    private final Path dataDir;

    /** @param name a word for the data folder and database, so a failing test's logs say which one it was */
    protected AgendaApp(String name) {
        this.name = name;
        this.dataDir = TestDirs.create("bijeen-" + name);
    }

    @Inject
    protected Aggregator aggregator;
    @Inject
    protected IndexFollower follower;
    @Inject
    @Client("/")
    protected HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Path sources = dataDir.resolve("sources.yml");
        TestDirs.write(sources, """
                sources:
                  - id: %s
                    name: Buurthuis De Kern — agenda
                    url: %s
                    format: ical
                    schedule: 1h
                """.formatted(SOURCE, agenda.agendaUri()));
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "bijeen.config-dir", DemoWorldApp.configDir(),
                "bijeen.sources-file", sources.toString(),
                "bijeen.index.dir", dataDir.resolve("index").toString(),
                "bijeen.index.poll-interval", "100ms",
                "bijeen.aggregator.crawl-enabled", "false",
                // the agenda server is on loopback, which production refuses: the allow-list opens it
                "bijeen.aggregator.fetch-allow-list", "127.0.0.1/32,::1",
                "bijeen.aggregator.min-host-delay", "0s");
    }

    @BeforeAll
    void crawlTheAgenda() {
        agenda.publish(fixture(), COFFEE);
        crawlAndWaitForIndex();
    }

    /** Crawls the agenda now and waits until the index has applied every change the crawl made. */
    protected void crawlAndWaitForIndex() {
        var outcome = aggregator.crawlNow(SOURCE);
        assertThat(outcome.success()).as("crawl of the test agenda: %s", outcome).isTrue();
        long target = aggregator.store().lastSeq();
        Wait.until("the index has applied change " + target, Duration.ofSeconds(20),
                () -> follower.lastAppliedSeq() >= target);
    }

    /** The agenda the source publishes; {@value #FIXTURE} unless a test needs another. */
    protected String fixture() {
        return FIXTURE;
    }

    @AfterAll
    void cleanUp() {
        agenda.close();
        TestDirs.delete(dataDir);
    }

    protected HttpResponse<byte[]> get(String path, Map<String, String> params) {
        UriBuilder uri = UriBuilder.of(path);
        params.forEach(uri::queryParam);
        return http.toBlocking().exchange(HttpRequest.GET(uri.build().toString()), byte[].class);
    }

    protected HttpResponse<byte[]> get(String path) {
        return get(path, Map.of());
    }

    protected String text(String path, Map<String, String> params) {
        return new String(get(path, params).body(), StandardCharsets.UTF_8);
    }

    protected String text(String path) {
        return text(path, Map.of());
    }
}

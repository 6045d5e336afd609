package nl.bijeen.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.security.Roles;
import nl.bijeen.web.security.Users;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.FormClient;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * A small world of two neighbourhood agendas on loopback, crawled once (fixtures in src/test/resources/coverage/;
 * day D is tomorrow in UTC, as {@link AgendaServer} fills in the dates):
 * <ul>
 *   <li>Buurthuis Noord: "Koffieochtend voor senioren" on D in Katwijk Noord, "Yoga voor senioren" on D+1 in
 *       Katwijk Noord, "Voetbal voor jongeren" on D+4 in Rijnsburg, "Taalcafé voor nieuwkomers" on D+7 in Katwijk
 *       aan Zee;</li>
 *   <li>Dorpskerk: the same "Koffieochtend voor senioren" (cross-posted: one activity after deduplication),
 *       "Taalles voor kinderen" on D+1 in Katwijk aan Zee, and a cancelled "Bingo" on D+4 in Rijnsburg;</li>
 *   <li>Speeltuin Valkenburg (default wijk Valkenburg): its address answers 404, so it never had a good crawl.</li>
 * </ul>
 * With a professional login ({@link StaffApp#PROFESSIONAL}) and the first admin ({@link StaffApp#ADMIN}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CoverageWorld implements TestPropertyProvider {

    static final String NOORD = "buurthuis-noord";
    static final String KERK = "dorpskerk";
    /** A third source whose address gives 404: it never gets a successful crawl. */
    static final String BROKEN = "speeltuin-valkenburg";
    /** Day D of the fixtures. */
    static final LocalDate D = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    private final AgendaServer noord = new AgendaServer();
    private final AgendaServer kerk = new AgendaServer();
    private final Path dataDir = TestDirs.create("bijeen-coverage");

    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;
    @Inject
    Users users;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Path sources = dataDir.resolve("sources.yml");
        TestDirs.write(sources, """
                sources:
                  - id: %s
                    name: Buurthuis Noord
                    url: %s
                    format: ical
                    schedule: 1h
                  - id: %s
                    name: Dorpskerk
                    url: %s
                    format: ical
                    schedule: 1h
                  - id: %s
                    name: Speeltuin Valkenburg
                    url: %s
                    format: ical
                    schedule: 1h
                    wijk: WK053708
                """.formatted(NOORD, noord.agendaUri(), KERK, kerk.agendaUri(), BROKEN, noord.agendaUri()
                .resolve("/bestaat-niet.ics")));
        return Map.ofEntries(
                Map.entry("datasources.default.url",
                        "jdbc:h2:mem:coverage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                Map.entry("datasources.default.username", "sa"),
                Map.entry("datasources.default.password", ""),
                Map.entry("bijeen.config-dir", DemoWorldApp.configDir()),
                Map.entry("bijeen.sources-file", sources.toString()),
                Map.entry("bijeen.index.dir", dataDir.resolve("index").toString()),
                Map.entry("bijeen.index.poll-interval", "100ms"),
                Map.entry("bijeen.aggregator.crawl-enabled", "false"),
                Map.entry("bijeen.aggregator.fetch-allow-list", "127.0.0.1/32,::1"),
                Map.entry("bijeen.aggregator.min-host-delay", "0s"),
                Map.entry("bijeen.security.admin-username", StaffApp.ADMIN),
                Map.entry("bijeen.security.admin-password", StaffApp.PASSWORD),
                Map.entry("micronaut.http.client.follow-redirects", "false"));
    }

    @BeforeAll
    void crawlTheWorld() {
        noord.publish("coverage/buurthuis-noord.ics", "");
        kerk.publish("coverage/kerk-agenda.ics", "");
        for (String source : List.of(NOORD, KERK)) {
            var outcome = aggregator.crawlNow(source);
            assertThat(outcome.success()).as("crawl of %s: %s", source, outcome).isTrue();
        }
        assertThat(aggregator.crawlNow(BROKEN).success()).as("crawl of the broken source").isFalse();
        long target = aggregator.store().lastSeq();
        Wait.until("the index has applied change " + target, Duration.ofSeconds(20),
                () -> follower.lastAppliedSeq() >= target);
        if (users.find(StaffApp.PROFESSIONAL).isEmpty()) {
            users.create(StaffApp.PROFESSIONAL, StaffApp.PASSWORD, List.of(Roles.PROFESSIONAL));
        }
    }

    @AfterAll
    void cleanUp() {
        noord.close();
        kerk.close();
        TestDirs.delete(dataDir);
    }

    FormClient professional() {
        return new FormClient(http).logIn(StaffApp.PROFESSIONAL, StaffApp.PASSWORD);
    }

    /** The query of a period of chosen dates. */
    static String dates(LocalDate from, LocalDate to) {
        return "periode=datums&van=" + from + "&tot=" + to;
    }
}

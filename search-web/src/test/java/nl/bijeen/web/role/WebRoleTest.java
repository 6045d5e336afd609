package nl.bijeen.web.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.context.ApplicationContext;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;

/**
 * The application as a web node ({@code bijeen.role: web}): it follows the store into its own index and crawls
 * nothing itself; "crawl now" (admin, owner, approval) makes the source due for the crawler nodes instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebRoleTest {

    private static final String SOURCE = "buurthuis";

    private final Path dir = TestDirs.create("bijeen-web-role");
    private final ApplicationContext node = ApplicationContext.run(settings());

    private Map<String, Object> settings() {
        Path sources = dir.resolve("sources.yml");
        TestDirs.write(sources, """
                sources:
                  - id: %s
                    url: http://127.0.0.1:9/agenda.ics
                    format: ical
                    schedule: 1h
                """.formatted(SOURCE));
        return Map.of("bijeen.role", "web",
                "datasources.default.url", "jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "datasources.default.password", "",
                "bijeen.config-dir", DemoWorldApp.configDir(),
                "bijeen.sources-file", sources.toString(),
                "bijeen.index.dir", dir.resolve("index").toString());
    }

    @AfterAll
    void stop() {
        node.close();
        TestDirs.delete(dir);
    }

    @Test
    void aWebNodeFollowsTheStoreIntoItsOwnIndex() {
        assertThat(node.getBean(Role.class)).isEqualTo(Role.WEB);
        assertThat(node.findBean(IndexFollower.class)).isPresent();
        assertThat(dir.resolve("index")).exists();
    }

    @Test
    void crawlNowOnAWebNodeMakesTheSourceDueForTheCrawlersAndCrawlsNothingHere() throws Exception {
        try (Connection connection = node.getBean(DataSource.class).getConnection();
             PreparedStatement later = connection.prepareStatement("UPDATE source SET next_due_at = ? WHERE id = ?")) {
            later.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
            later.setString(2, SOURCE);
            later.executeUpdate();
        }
        Instant asked = Instant.now();

        assertThat(node.getBean(CrawlRequests.class).crawlNow(SOURCE)).isEmpty();

        SourceStatus source = node.getBean(Aggregator.class).sources().getFirst();
        assertThat(source.lastAttemptAt()).as("not crawled in the web node").isNull();
        assertThat(source.nextDueAt()).as("due now, for a crawler node").isBetween(asked.minusSeconds(1),
                asked.plusSeconds(1));
    }

    @Test
    void aMisspeltRoleStopsTheStartWithTheChoices() {
        assertThatThrownBy(() -> Role.parse("webserver"))
                .hasMessage("bijeen.role 'webserver' is unknown: use one of all, crawler, web");
        assertThat(Role.parse(null)).isEqualTo(Role.ALL);
    }
}

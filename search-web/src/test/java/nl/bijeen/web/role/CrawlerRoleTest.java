package nl.bijeen.web.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.FreePort;
import nl.bijeen.web.support.TestDirs;

/**
 * The application as a crawler node ({@code bijeen.role: crawler}): no index, no follower, every page and API
 * address answers 503 with an explanation, and the operator's health and metrics still answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerRoleTest {

    private final Path dir = TestDirs.create("bijeen-crawler-role");
    private final int managementPort = FreePort.pick();
    private final EmbeddedServer node = ApplicationContext.run(EmbeddedServer.class, Map.ofEntries(
            Map.entry("bijeen.role", "crawler"),
            Map.entry("datasources.default.url", "jdbc:h2:mem:crawler-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
            Map.entry("datasources.default.username", "sa"),
            Map.entry("datasources.default.password", ""),
            Map.entry("bijeen.config-dir", DemoWorldApp.configDir()),
            Map.entry("bijeen.sources-file", dir.resolve("no-sources.yml").toString()),
            Map.entry("bijeen.index.dir", dir.resolve("index").toString()),
            Map.entry("micronaut.server.port", "-1"),
            Map.entry("endpoints.health.enabled", "true"),
            Map.entry("endpoints.prometheus.enabled", "true"),
            Map.entry("endpoints.all.sensitive", "false"),
            Map.entry("endpoints.all.port", Integer.toString(managementPort))));

    @AfterAll
    void stop() {
        node.getApplicationContext().close();
        TestDirs.delete(dir);
    }

    @Test
    void aCrawlerNodeOpensNoIndexAndFollowsNothing() {
        assertThat(node.getApplicationContext().findBean(IndexFollower.class)).isEmpty();
        assertThat(dir.resolve("index")).doesNotExist();
        assertThat(node.getApplicationContext().getActiveBeanRegistrations(ActivityIndex.class)).isEmpty();
        assertThat(node.getApplicationContext().getBean(Role.class)).isEqualTo(Role.CRAWLER);
        // asking for a page must not open one either
        get(node.getURI().resolve("/?q=koffie"));
        assertThat(dir.resolve("index")).doesNotExist();
        assertThat(node.getApplicationContext().getActiveBeanRegistrations(ActivityIndex.class)).isEmpty();
    }

    @Test
    void everyPageAndApiAddressOfACrawlerNodeSaysInDutchThatItShowsNoPages() {
        for (String path : new String[] {"/", "/?q=koffie", "/api/activities", "/beheer/bronnen", "/aanmelden"}) {
            HttpResponse<String> answer = get(node.getURI().resolve(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.body()).as(path).isEqualTo(CrawlerServesNoPages.MESSAGE);
        }
    }

    @Test
    void aCrawlerNodeAnswersHealthAndMetricsOnTheManagementPort() {
        URI management = URI.create("http://127.0.0.1:" + managementPort);
        assertThat(get(management.resolve("/health")).statusCode()).isEqualTo(200);
        assertThat(get(management.resolve("/prometheus")).body()).contains("jvm_memory_used_bytes");
    }

    private static HttpResponse<String> get(URI uri) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

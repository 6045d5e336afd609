package nl.bijeen.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.organisation.index.OrganisationIndex;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;

/** A crawler node ({@code bijeen.role: crawler}) opens no organisation index, follows nothing, shows no directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerNodeKeepsNoOrganisationIndexTest {

    private final Path dir = TestDirs.create("bijeen-crawler-organisations");
    private final EmbeddedServer node = ApplicationContext.run(EmbeddedServer.class, Map.of(
            "bijeen.role", "crawler",
            "datasources.default.url", "jdbc:h2:mem:crawler-org-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "datasources.default.username", "sa",
            "datasources.default.password", "",
            "bijeen.config-dir", DemoWorldApp.configDir(),
            "bijeen.sources-file", dir.resolve("no-sources.yml").toString(),
            "bijeen.index.dir", dir.resolve("index").toString(),
            "micronaut.server.port", "-1"));

    @AfterAll
    void stop() {
        node.getApplicationContext().close();
        TestDirs.delete(dir);
    }

    @Test
    void aCrawlerNodeOpensNoOrganisationIndexAndAnswersTheDirectoryWith503() throws Exception {
        assertThat(node.getApplicationContext().findBean(OrganisationFollower.class)).isEmpty();
        for (String path : new String[] {"/organisaties", "/organisaties/1", "/organisaties/netwerklijst.csv"}) {
            HttpResponse<String> answer = get(node.getURI().resolve(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.body()).as(path).startsWith("Dit is een ophaalserver van Bijeen");
        }
        assertThat(dir.resolve("index-organisaties")).doesNotExist();
        assertThat(node.getApplicationContext().getActiveBeanRegistrations(OrganisationIndex.class)).isEmpty();
    }

    private static HttpResponse<String> get(URI uri) throws InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

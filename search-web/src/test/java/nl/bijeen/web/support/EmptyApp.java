package nl.bijeen.web.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

/**
 * The application over an empty in-memory store with no sources and crawling off, with a real HTTP client: for
 * tests of answers that need no activities (bad requests, empty results, documents). Subclasses carry
 * {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmptyApp implements TestPropertyProvider {

    private final String name;
    private final Path dataDir;

    @Inject
    @Client("/")
    protected HttpClient http;

    /** @param name a word for the data folder and database, so a failing test's logs say which one it was */
    protected EmptyApp(String name) {
        this.name = name;
        this.dataDir = TestDirs.create("bijeen-" + name);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "bijeen.sources-file", dataDir.resolve("no-sources.yml").toString(),
                "bijeen.index.dir", dataDir.resolve("index").toString(),
                "bijeen.aggregator.crawl-enabled", "false");
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }
}

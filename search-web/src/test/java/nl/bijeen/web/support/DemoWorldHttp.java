package nl.bijeen.web.support;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.index.IndexFollower;

/**
 * The application serving the crawled demo world ({@link DemoWorldApp}) with a real HTTP client; subclasses carry
 * {@code @MicronautTest} and call the API or read the pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoWorldHttp implements TestPropertyProvider {

    private final String name;
    private final Path dataDir;

    @Inject
    @Client("/")
    protected HttpClient http;
    @Inject
    protected Aggregator aggregator;
    @Inject
    protected IndexFollower follower;

    /** @param name a word for the data folder and database, so a failing test's logs say which one it was */
    protected DemoWorldHttp(String name) {
        this.name = name;
        this.dataDir = TestDirs.create("bijeen-" + name);
    }

    @Override
    public Map<String, String> getProperties() {
        return DemoWorldApp.properties(name, dataDir);
    }

    /** After the first crawl of every site the demo holds still (the next crawl is minutes away). */
    @BeforeAll
    void waitForTheDemoWorld() {
        DemoWorldApp.awaitCrawled(aggregator, follower);
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }

    /** {@code /api/activities} with up to 200 results and these (encoded) parameters. */
    protected ActivitiesResponse search(String parameters) {
        return http.toBlocking().retrieve("/api/activities?limit=200&" + parameters, ActivitiesResponse.class);
    }
}

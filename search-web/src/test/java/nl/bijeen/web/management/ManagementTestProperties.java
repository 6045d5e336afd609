package nl.bijeen.web.management;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.client.HttpClient;

import nl.bijeen.web.support.TestDirs;

/** The application with one source on loopback, its own H2 store and index, and the management port chosen. */
final class ManagementTestProperties {

    private ManagementTestProperties() {
    }

    static Map<String, String> withOneSource(Path dataDir, String sourceId, URI feed, int managementPort) {
        Path sources = dataDir.resolve("sources.yml");
        TestDirs.write(sources, """
                sources:
                  - id: %s
                    name: Buurthuis De Kern — agenda
                    url: %s
                    format: ical
                    schedule: 1h
                """.formatted(sourceId, feed));
        return Map.ofEntries(
                Map.entry("datasources.default.url",
                        "jdbc:h2:mem:management-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                Map.entry("datasources.default.username", "sa"),
                Map.entry("datasources.default.password", ""),
                Map.entry("bijeen.sources-file", sources.toString()),
                Map.entry("bijeen.index.dir", dataDir.resolve("index").toString()),
                Map.entry("bijeen.aggregator.crawl-enabled", "false"),
                // the agenda server is on loopback, which production refuses: the allow-list opens it
                Map.entry("bijeen.aggregator.fetch-allow-list", "127.0.0.1/32,::1"),
                Map.entry("bijeen.aggregator.min-host-delay", "0s"),
                // application-test.yml switches the endpoints off for all other tests
                Map.entry("endpoints.health.enabled", "true"),
                Map.entry("endpoints.prometheus.enabled", "true"),
                Map.entry("endpoints.all.port", Integer.toString(managementPort)));
    }

    /** A client of the management port; the caller closes it. */
    static HttpClient client(int managementPort) {
        try {
            return HttpClient.create(URI.create("http://127.0.0.1:" + managementPort).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

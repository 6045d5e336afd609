package nl.bijeen.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * The real search-web application (every bean, the Netty server, the JSON API) started in this JVM on a free port
 * over an index folder the bench built, with an empty in-memory store and crawling off — the way search-web's own
 * tests start it. The operator's config/application.yml is not read: the built-in defaults are measured.
 */
final class HttpApp implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpApp(EmbeddedServer server) {
        this.server = server;
    }

    static HttpApp start(Path indexDir, Path configDir, Path workDir) {
        Map<String, Object> properties = Map.of(
                "micronaut.server.port", -1,
                "datasources.default.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "bijeen.config-dir", configDir.toString(),
                "bijeen.sources-file", workDir.resolve("no-sources.yml").toString(),
                "bijeen.index.dir", indexDir.toString(),
                "bijeen.aggregator.crawl-enabled", false);
        return new HttpApp(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getPort()); // the server binds every address; use loopback
    }

    /** One API search, the first page of 20 as the results page asks; anything but 200 is an error. */
    void search(String q) throws Exception {
        URI uri = base().resolve("/api/activities?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
        }
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}

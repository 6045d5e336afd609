package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;

/**
 * The fixture pages under src/test/resources/recipe served by a real HTTP server on a loopback port, and a
 * {@link PageLoader} that fetches them with java.net.http — so detail pages and pagination are followed the way the
 * aggregator follows them: by URL, with relative links resolved against the page they are on. Test code only.
 */
final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> loaded = Collections.synchronizedList(new ArrayList<>());

    FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The URL of a fixture path, e.g. "buurthuis/agenda.html". */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The fixture at {@code path} as the aggregator would hand it to a connector. */
    Document document(String path) throws IOException {
        return loader().load(url(path));
    }

    /** Loads pages over HTTP; any status but 200 is an IOException, as in the aggregator's fetcher. */
    PageLoader loader() {
        return url -> {
            loaded.add(url);
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                return new Document(response.uri(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
    }

    /** Every URL the loader was asked for, in order. */
    List<URI> loaded() {
        return List.copyOf(loaded);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String resource = "/recipe" + (path.endsWith("/") ? path + "index.html" : path);
        try (exchange; InputStream in = path.contains("..") ? null : FixtureSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = in.readAllBytes();
            // Old PHP sites name their charset only in a <meta> tag: the .php fixture is served that way.
            exchange.getResponseHeaders().set("Content-Type",
                    path.endsWith(".php") ? "text/html" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

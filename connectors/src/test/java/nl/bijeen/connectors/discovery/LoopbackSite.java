package nl.bijeen.connectors.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.PageLoader;

/**
 * The fixture sites behind a real HTTP server on the loopback interface: {@code discovery/routes.txt} says which
 * fixture file (and Content-Type) answers which original URL; the rest answers 404. The page loader asks the
 * server for an original URL with the JDK HTTP client, as the aggregator's fetcher would ask the real site.
 */
final class LoopbackSite implements PageLoader, AutoCloseable {

    private record Route(String file, String contentType) {
    }

    private final Map<String, Route> routes = readRoutes();
    private final List<URI> requested = new ArrayList<>();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LoopbackSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/fetch", this::answer);
        server.start();
    }

    @Override
    public Document load(URI url) throws IOException {
        URI local = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fetch?url="
                + URLEncoder.encode(url.toString(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> response;
        try {
            response = client.send(HttpRequest.newBuilder(local).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("het laden werd afgebroken", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("de server antwoordde " + response.statusCode()
                    + (response.statusCode() == 404 ? " (niet gevonden)" : ""));
        }
        return new Document(url, response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** The original URLs asked for, in order: what discovery tried. */
    synchronized List<URI> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String url = URLDecoder.decode(query.substring("url=".length()), StandardCharsets.UTF_8);
        synchronized (this) {
            requested.add(URI.create(url));
        }
        Route route = routes.get(url);
        byte[] body = route == null ? "<h1>404 Not Found</h1>".getBytes(StandardCharsets.UTF_8) : fixture(route.file());
        exchange.getResponseHeaders().set("Content-Type", route == null ? "text/html" : route.contentType());
        exchange.sendResponseHeaders(route == null ? 404 : 200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, Route> readRoutes() {
        Map<String, Route> routes = new HashMap<>();
        for (String line : new String(fixture("routes.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            routes.put(parts[0].strip(), new Route(parts[1].strip(), parts[2].strip()));
        }
        return routes;
    }

    private static byte[] fixture(String file) {
        // "/ical/x.ics" names another format's fixture: the same file serves both tests instead of a copy.
        String resource = file.startsWith("/") ? file : "/discovery/" + file;
        try (InputStream in = LoopbackSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("routes.txt names a missing fixture: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.bijeen.aggregator.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the demo world over HTTP on the loopback interface only: every site under {@code /<siteId>/}, pictograms
 * under {@code /img/} and an index at {@code /}. Documents are rendered per request for the clock, with an ETag
 * (hash of the body) and Last-Modified (when this body was first served), so conditional requests get 304.
 */
public final class DemoWorldServer implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Version(String etag, Instant since) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoSiteRenderer renderer;
    private final Clock clock;
    private final URI baseUri;
    private final Map<String, Version> versions = new ConcurrentHashMap<>();

    private DemoWorldServer(DemoWorld world, int port, Clock clock) throws IOException {
        this.renderer = new DemoSiteRenderer(world);
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Starts serving {@code world} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static DemoWorldServer start(DemoWorld world, int port, Clock clock) {
        try {
            return new DemoWorldServer(world, port, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo world server on port " + port, e);
        }
    }

    /** Starts on a free port with the system clock in Europe/Amsterdam. */
    public static DemoWorldServer start(DemoWorld world) {
        return start(world, 0, Clock.system(DemoSchedule.AMSTERDAM));
    }

    /** "http://127.0.0.1:port/". */
    public URI baseUri() {
        return baseUri;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Alleen GET en HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<DemoSiteRenderer.Rendered> doc = renderer.render(path, baseUri, clock);
            if (doc.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8",
                        ("Niet gevonden: " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            serve(exchange, path, doc.get());
        }
    }

    private void serve(HttpExchange exchange, String path, DemoSiteRenderer.Rendered doc) throws IOException {
        String etag = ETags.of(doc.body());
        Version version = versions.compute(path, (p, old) -> old != null && old.etag().equals(etag) ? old
                : new Version(etag, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        var headers = exchange.getResponseHeaders();
        headers.set("ETag", etag);
        headers.set("Last-Modified", HTTP_DATE.format(version.since()));
        headers.set("Cache-Control", "no-cache");
        if (notModified(exchange, version)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, doc.contentType(), doc.body());
    }

    private static boolean notModified(HttpExchange exchange, Version version) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ETags.matches(ifNoneMatch, version.etag());
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.trim()));
                return !version.since().isAfter(since);
            } catch (DateTimeParseException unreadableDate) {
                return false;
            }
        }
        return false;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package nl.bijeen.aggregator.world;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.bijeen.aggregator.demo.DemoSiteRenderer;
import nl.bijeen.aggregator.demo.ETags;

/**
 * Serves a generated world on 127.0.0.1 like {@code demo.DemoWorldServer} does the demo world (the same renderers,
 * ETag and Last-Modified, 304 to a matching conditional request), but built for thousands of sites and for tests
 * that must see things go wrong: documents are rendered once per round and kept, {@link WorldFaults} are injected
 * as configured, {@link #nextRound(double)} changes a share of the sites between crawls, and every request is
 * counted per site and status ({@link #counts()}).
 */
public final class WorldServer implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** One document as served in a round: its body and the validators it carries. */
    private record Served(DemoSiteRenderer.Rendered doc, String etag, Instant since) {
    }

    private record Round(int number, GeneratedWorld world, DemoSiteRenderer renderer,
                         Map<String, Optional<Served>> documents) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final RequestCounts counts = new RequestCounts();
    /** Per path the ETag and since when it is served, kept across rounds so unchanged documents keep them. */
    private final Map<String, Served> lastServed = new ConcurrentHashMap<>();
    private volatile Round round;
    private volatile WorldFaults faults;

    private WorldServer(GeneratedWorld world, WorldFaults faults) throws IOException {
        this.round = new Round(0, world, new DemoSiteRenderer(world.world()), new ConcurrentHashMap<>());
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Serves {@code world} on a free loopback port with the given faults. */
    public static WorldServer start(GeneratedWorld world, WorldFaults faults) {
        try {
            return new WorldServer(world, faults);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the world server", e);
        }
    }

    public static WorldServer start(GeneratedWorld world) {
        return start(world, WorldFaults.none());
    }

    /** "http://127.0.0.1:port/". */
    public URI baseUri() {
        return baseUri;
    }

    /** The world as served now. */
    public GeneratedWorld world() {
        return round.world();
    }

    public int round() {
        return round.number();
    }

    public RequestCounts counts() {
        return counts;
    }

    /** The faults from the next request on. */
    public void faults(WorldFaults next) {
        this.faults = next;
    }

    /** Starts the next round with {@code share} of the sites changed ({@link WorldChanges}); returns what changed. */
    public synchronized WorldChanges nextRound(double share) {
        Round now = round;
        WorldChanges changes = WorldChanges.of(now.world(), share, now.number() + 1, now.world().spec().seed());
        round = new Round(now.number() + 1, changes.world(), new DemoSiteRenderer(changes.world().world()),
                new ConcurrentHashMap<>());
        return changes;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Round now = round;
            String site = siteOf(path, now);
            if (site != null && injectFault(exchange, path, site, now)) {
                return;
            }
            Optional<Served> served = now.documents().computeIfAbsent(path, p -> render(p, now));
            if (served.isEmpty()) {
                answer(exchange, site, 404, "text/plain; charset=utf-8", ("Niet gevonden: " + path + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            serve(exchange, site, served.get());
        }
    }

    /** True when the request was answered with a fault (after any delay it draws). */
    private boolean injectFault(HttpExchange exchange, String path, String site, Round now) throws IOException {
        WorldFaults current = faults;
        Duration delay = current.delay(path, now.number());
        if (!delay.isZero()) {
            sleep(delay);
        }
        switch (current.fault(path, now.number())) {
            case SERVER_ERROR -> answer(exchange, site, 503, "text/plain; charset=utf-8",
                    "Tijdelijk niet beschikbaar.\n".getBytes(StandardCharsets.UTF_8));
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().set("Retry-After", "1");
                answer(exchange, site, 429, "text/plain; charset=utf-8",
                        "Te veel verzoeken.\n".getBytes(StandardCharsets.UTF_8));
            }
            case RESET -> drop(exchange, site);
            case NONE -> {
                return false;
            }
        }
        return true;
    }

    private Optional<Served> render(String path, Round now) {
        return now.renderer().render(path, baseUri, now.world().clock()).map(doc -> {
            String etag = ETags.of(doc.body());
            Served served = lastServed.compute(path, (p, old) -> old != null && old.etag().equals(etag) ? old
                    : new Served(doc, etag, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            return new Served(doc, etag, served.since());
        });
    }

    private void serve(HttpExchange exchange, String site, Served served) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("ETag", served.etag());
        headers.set("Last-Modified", HTTP_DATE.format(served.since()));
        headers.set("Cache-Control", "no-cache");
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null && ETags.matches(ifNoneMatch, served.etag())) {
            counts.count(site == null ? "" : site, 304);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        answer(exchange, site, 200, served.doc().contentType(), served.doc().body());
    }

    private void answer(HttpExchange exchange, String site, int status, String contentType, byte[] body)
            throws IOException {
        counts.count(site == null ? "" : site, status);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Promises a body and sends a little of it: closing the exchange then finds the body short and closes the
     * connection, so the client sees it end mid-answer.
     */
    private void drop(HttpExchange exchange, String site) throws IOException {
        counts.count(site, RequestCounts.RESET);
        exchange.sendResponseHeaders(200, 64 * 1024);
        OutputStream out = exchange.getResponseBody();
        out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The site a path belongs to ("/s0001-buurthuis/agenda.ics" → "s0001-buurthuis"), null for other paths. */
    private static String siteOf(String path, Round now) {
        String[] parts = path.split("/", 3);
        return parts.length == 3 && now.world().world().site(parts[1]).isPresent() ? parts[1] : null;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

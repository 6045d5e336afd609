package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Locatieserver on the loopback interface (JDK HttpServer, port 0) that answers {@code /free} from fixtures in
 * src/test/resources/geo, by the {@code fq} filter and {@code q}. Records every request and the test clock's time
 * of its arrival.
 */
final class PdokStub implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String path, Map<String, String> params, long arrivedAtNanos) {
        String param(String name) {
            return params.get(name);
        }
    }

    /** A test clock: time only moves when the code under test sleeps or the test advances it. */
    static final class TestTicker implements Pacer.Ticker {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public long nanoTime() {
            return nanos.get();
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            nanos.addAndGet(duration.toNanos());
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    final TestTicker ticker = new TestTicker();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> fixtures = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;

    PdokStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/bzk/locatieserver/search/v3_1/free", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bzk/locatieserver/search/v3_1");
    }

    /** Answers requests with {@code fq} and {@code q} with the fixture {@code geo/<resource>}. */
    PdokStub answer(String fq, String q, String resource) {
        fixtures.put(fq + "|" + q, resource);
        return this;
    }

    PdokStub failWith(int httpStatus) {
        status = httpStatus;
        return this;
    }

    /** Never answers (until the stub is closed): for timeouts. */
    PdokStub hang() {
        hang = true;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
        requests.add(new Request(exchange.getRequestURI().getPath(), params, ticker.nanoTime()));
        try (exchange) {
            if (hang) {
                await();
                return;
            }
            byte[] body = status == 200 ? fixture(params.get("fq") + "|" + params.get("q"))
                    : "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private byte[] fixture(String key) throws IOException {
        String resource = "/geo/" + fixtures.getOrDefault(key, "pdok-leeg.json");
        try (InputStream in = PdokStub.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no fixture " + resource);
            }
            return in.readAllBytes();
        }
    }

    private void await() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}

package nl.bijeen.aggregator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port that serves what a test puts on it: fixture files (with ETag and
 * If-None-Match honoured), error statuses, redirects, gzip, endless bodies, or no answer at all.
 */
public final class FixtureServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String path, Headers headers) {
    }

    /** What to do with a request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(threads);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void on(String path, Handler handler) {
        handlers.put(path, handler);
    }

    /** Serves a test resource (under src/test/resources) with a strong ETag derived from its content. */
    public void serveResource(String path, String resource, String contentType) {
        serve(path, contentType, resource(resource));
    }

    /** Serves fixed bytes with an ETag; a request with a matching If-None-Match gets 304. */
    public void serve(String path, String contentType, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        on(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            respond(exchange, 200, contentType, body);
        });
    }

    public void status(String path, int status) {
        on(path, exchange -> respond(exchange, status, "text/plain", ("status " + status).getBytes()));
    }

    public void redirect(String path, String location) {
        on(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    public void gzipped(String path, String contentType, byte[] body) {
        on(path, exchange -> {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                gzip.write(body);
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, contentType, packed.toByteArray());
        });
    }

    /** Never answers until the server closes: for timeouts. */
    public void hang(String path) {
        on(path, exchange -> {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = FixtureServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestHeaders()));
        Handler handler = handlers.get(path);
        try {
            if (handler == null) {
                respond(exchange, 404, "text/plain", "not here".getBytes());
            } else {
                handler.handle(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

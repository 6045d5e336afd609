package nl.bijeen.connectors.fuzz;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 that counts the requests it gets and answers each with an entity body, so a test can
 * show that a parser never resolved an external entity: had it tried, the count would not be zero.
 */
final class LoopbackServer implements AutoCloseable {

    /** The port written in the XXE seeds; the tests replace it with the server's real port. */
    static final String PORT_IN_SEEDS = "47131";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY gelekt \"GELEKT\">GELEKT".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The seed with its loopback URLs pointed at this server. */
    byte[] aim(byte[] seed) {
        String port = String.valueOf(server.getAddress().getPort());
        return new String(seed, java.nio.charset.StandardCharsets.UTF_8)
                .replace("127.0.0.1:" + PORT_IN_SEEDS, "127.0.0.1:" + port)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

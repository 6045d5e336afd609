package nl.bijeen.aggregator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP/1.1 server on a free loopback port, written on a raw socket so that it can do what a real HTTP
 * server never does on purpose: reset the connection (TCP RST, by closing with SO_LINGER 0) before it answers, or
 * in the middle of a body whose Content-Length promised more. Between those it can serve a body properly, so one
 * source can first be crawled well and then fail. {@code /robots.txt} is always a plain 404 (no rules), so that
 * what a test sees is the fate of the page itself.
 */
public final class ResettingServer implements AutoCloseable {

    private enum Mode { SERVE, RESET_BEFORE_RESPONSE, RESET_MID_BODY }

    private record Behaviour(Mode mode, String contentType, byte[] body) {
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Behaviour behaviour = new Behaviour(Mode.RESET_BEFORE_RESPONSE, null, null);

    public ResettingServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofPlatform().daemon().name("resetting-server").start(this::acceptLoop);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    /** Requests that reached this server (whatever it then did with them). */
    public int requests() {
        return requests.get();
    }

    /** Answers every request with 200 and this body, and closes the connection normally. */
    public void serve(String contentType, byte[] body) {
        behaviour = new Behaviour(Mode.SERVE, contentType, body);
    }

    /** Reads the request, then resets the connection without a byte of answer. */
    public void resetBeforeResponse() {
        behaviour = new Behaviour(Mode.RESET_BEFORE_RESPONSE, null, null);
    }

    /** Sends the status line, the headers (Content-Length of the whole body) and half the body, then resets. */
    public void resetMidBody(String contentType, byte[] body) {
        behaviour = new Behaviour(Mode.RESET_MID_BODY, contentType, body);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                handle(connection);
            } catch (SocketException e) {
                // closed by close(), or a client that went away: nothing to do
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void handle(Socket connection) throws IOException {
        String requestLine = readRequestHead(connection.getInputStream());
        OutputStream out = connection.getOutputStream();
        if (requestLine.startsWith("GET /robots.txt ")) {
            out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return;
        }
        requests.incrementAndGet();
        Behaviour now = behaviour;
        switch (now.mode()) {
            case SERVE -> {
                out.write(head(now));
                out.write(now.body());
                out.flush();
            }
            case RESET_BEFORE_RESPONSE -> reset(connection);
            case RESET_MID_BODY -> {
                out.write(head(now));
                out.write(now.body(), 0, now.body().length / 2);
                out.flush();
                reset(connection);
            }
        }
    }

    /** SO_LINGER 0 makes close() drop unsent data and send RST instead of FIN. */
    private static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }

    private static byte[] head(Behaviour behaviour) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + behaviour.contentType() + "\r\nContent-Length: "
                + behaviour.body().length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads up to the blank line that ends the request head; returns the request line. */
    private static String readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            received.write(b);
            byte[] bytes = received.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                break;
            }
        }
        String head = received.toString(StandardCharsets.US_ASCII);
        int end = head.indexOf("\r\n");
        return end < 0 ? head : head.substring(0, end);
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

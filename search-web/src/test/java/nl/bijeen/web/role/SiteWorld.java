package nl.bijeen.web.role;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Many small neighbourhood sites on one loopback server, each an iCal feed at {@code /s{n}.ics}, counting the
 * requests per site. Each site publishes {@link #FIRST} activities, and {@link #SECOND} once {@link #grow} is called.
 * Every activity is on a day of its own, so no two of them are candidates for being the same activity. Each answer
 * takes {@code delay}, as a real website does, so that crawls are in flight long enough to be killed in.
 */
final class SiteWorld implements AutoCloseable {

    static final int FIRST = 3;
    static final int SECOND = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final int sites;
    private final Duration delay;
    private final HttpServer server;
    private final LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    private final ConcurrentHashMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile int published = FIRST;

    SiteWorld(int sites, Duration delay) {
        this.sites = sites;
        this.delay = delay;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    static String id(int site) {
        return "s" + site;
    }

    URI feed(int site) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + id(site) + ".ics");
    }

    int sites() {
        return sites;
    }

    /** From now on every site publishes {@link #SECOND} activities. */
    void grow() {
        published = SECOND;
    }

    /** The titles a site has published so far (the first ones, and the added ones once it grew). */
    List<String> titles(int site) {
        List<String> titles = new ArrayList<>();
        for (int k = 0; k < published; k++) {
            titles.add(title(site, k));
        }
        return titles;
    }

    int requests(String sourceId) {
        AtomicInteger count = requests.get(sourceId);
        return count == null ? 0 : count.get();
    }

    private static String title(int site, int k) {
        return "Bijeenkomst " + site + "-" + k;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.matches("/s\\d+\\.ics")) {
                exchange.sendResponseHeaders(404, -1); // robots.txt too: everything is allowed
                return;
            }
            int site = Integer.parseInt(path.substring(2, path.length() - 4));
            requests.computeIfAbsent(id(site), s -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(delay);
            byte[] body = calendar(site).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String calendar(int site) {
        StringBuilder ics = new StringBuilder(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bijeen test//site world//NL\r\n");
        int count = published;
        for (int k = 0; k < count; k++) {
            String day = firstDay.plusDays((long) site * SECOND + k).format(DAY);
            ics.append("BEGIN:VEVENT\r\nUID:").append(id(site)).append('-').append(k).append("@site.test\r\n")
                    .append("DTSTAMP:20260101T000000Z\r\nDTSTART:").append(day).append("T130000Z\r\n")
                    .append("DTEND:").append(day).append("T150000Z\r\nSUMMARY:").append(title(site, k))
                    .append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

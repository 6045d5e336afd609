package nl.bijeen.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * A community centre's website on loopback, publishing its agenda as an iCal feed at {@code /agenda.ics}. The
 * feed is one of the fixture files in src/test/resources/ical/, with dates filled in relative to now so the
 * activities are always upcoming; tests switch what it publishes to simulate the organiser editing the agenda.
 */
public final class AgendaServer implements AutoCloseable {

    public static final String WITH_COFFEE = "ical/de-kern-agenda.ics";
    public static final String WITHOUT_COFFEE = "ical/de-kern-agenda-zonder-koffie.ics";
    /** A weekly "Wekelijkse soos" from tomorrow (4 times), Klaverjassen the day after, a Rommelmarkt in 5 days. */
    public static final String WEEKLY = "ical/de-kern-wekelijks.ics";
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final HttpServer server;
    private volatile byte[] body = new byte[0];
    private final Map<String, Page> pages = new java.util.concurrent.ConcurrentHashMap<>();

    private record Page(String contentType, byte[] body) {
    }

    public AgendaServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/agenda.ics", exchange -> {
            byte[] bytes = body;
            exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/", exchange -> { // the site's other pages: whatever a test put there, else 404
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        });
        server.start();
        publish(WITH_COFFEE, "Koffieochtend in De Kern");
    }

    public URI agendaUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/agenda.ics");
    }

    /** The address of {@code path} on this site. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /**
     * Serves {@code body} at {@code path} besides the agenda (a page with autodiscovery links, a robots.txt, a
     * verification file); every other path answers 404.
     */
    public URI serve(String path, String contentType, String body) {
        pages.put(path, new Page(contentType, body.getBytes(StandardCharsets.UTF_8)));
        return uri(path);
    }

    /** When the coffee morning first starts: tomorrow at 9.00 UTC (another day in Amsterdam late in the evening). */
    public static ZonedDateTime firstCoffee() {
        return ZonedDateTime.now(ZoneOffset.UTC).plusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
    }

    /** Publishes {@code fixture} with the coffee morning titled {@code coffeeTitle} (when the fixture has it). */
    public void publish(String fixture, String coffeeTitle) {
        ZonedDateTime tomorrow = firstCoffee();
        Map<String, String> values = Map.of(
                "${KOFFIE_TITLE}", coffeeTitle,
                "${KOFFIE_START}", ICAL_UTC.format(tomorrow),
                "${KOFFIE_END}", ICAL_UTC.format(tomorrow.plusHours(2)),
                "${KOFFIE_WEEK_2}", ICAL_UTC.format(tomorrow.plusWeeks(1)),
                "${KLAVERJAS_START}", ICAL_UTC.format(tomorrow.plusDays(1).withHour(13)),
                "${KLAVERJAS_END}", ICAL_UTC.format(tomorrow.plusDays(1).withHour(16)),
                "${MARKT_START}", ICAL_UTC.format(tomorrow.plusDays(4)),
                "${MARKT_END}", ICAL_UTC.format(tomorrow.plusDays(4).plusHours(3)));
        String text = read(fixture);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        body = text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String resource) {
        try (InputStream in = AgendaServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test fixture " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package nl.bijeen.aggregator.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;

import nl.bijeen.aggregator.source.SourceDefinition;

/**
 * A few dozen neighbourhood iCal feeds on one loopback {@link FixtureServer}, each answering a little slowly (so
 * crawls are in flight at any moment) and all growing by one event when the test calls {@link #grow()}. Every event
 * has a title, place and start of its own, so no two are ever taken for one activity. Feeds carry an ETag per
 * size: an unchanged feed is answered with 304.
 */
public final class GrowingWorld implements AutoCloseable {

    /** Events of one feed lie this far apart; feeds lie {@value #MAX_EVENTS} slots apart. */
    private static final Duration SLOT = Duration.ofHours(2);
    private static final int MAX_EVENTS = 10;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final FixtureServer server = new FixtureServer();
    private final int feeds;
    private final Duration slowness;
    private final AtomicInteger events;
    private final AtomicReference<Fault> midAnswer = new AtomicReference<>();

    /** Something to do during an answer, and the signal that it was done. */
    private record Fault(Runnable action, CompletableFuture<Void> done) {
    }
    private final Instant firstStart = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);

    /** @param slowness how long the server takes over each answer */
    public GrowingWorld(int feeds, int initialEvents, Duration slowness) {
        this.feeds = feeds;
        this.slowness = slowness;
        this.events = new AtomicInteger(initialEvents);
        for (int feed = 1; feed <= feeds; feed++) {
            int number = feed;
            server.on(path(number), exchange -> answer(exchange, number));
        }
    }

    /** One source per feed, crawled every {@code schedule}. */
    public List<SourceDefinition> sources(Duration schedule) {
        List<SourceDefinition> sources = new ArrayList<>();
        for (int feed = 1; feed <= feeds; feed++) {
            sources.add(new SourceDefinition(sourceId(feed), "Buurtagenda " + feed, server.uri(path(feed)), "ical",
                    schedule));
        }
        return sources;
    }

    /** Every feed publishes one more event from now on. */
    public void grow() {
        if (events.incrementAndGet() > MAX_EVENTS) {
            throw new IllegalStateException("a feed holds at most " + MAX_EVENTS + " events");
        }
    }

    public int eventsPerFeed() {
        return events.get();
    }

    /**
     * Runs {@code action} (a fault: the database stopping, say) in the middle of the next request, after the crawler
     * asked and before it gets its answer, and returns when the action is done. That crawl is sure to be in flight.
     */
    public void duringTheNextAnswer(Runnable action, Duration timeout) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        midAnswer.set(new Fault(action, done));
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the fault during an answer failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("no request came within " + timeout + " to run the fault during", e);
        }
    }

    /** The titles of every event published now, all feeds together. */
    public List<String> publishedTitles() {
        List<String> titles = new ArrayList<>();
        for (int feed = 1; feed <= feeds; feed++) {
            for (int event = 1; event <= events.get(); event++) {
                titles.add(title(feed, event));
            }
        }
        return titles;
    }

    public static String sourceId(int feed) {
        return "buurtagenda-" + feed;
    }

    private void answer(HttpExchange exchange, int feed) throws IOException {
        pause();
        Fault fault = midAnswer.getAndSet(null);
        if (fault != null) {
            try {
                fault.action().run();
                fault.done().complete(null);
            } catch (RuntimeException e) {
                fault.done().completeExceptionally(e);
            }
        }
        int size = events.get();
        String etag = "\"" + size + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            FixtureServer.respond(exchange, 200, "text/calendar", calendar(feed, size));
        }
    }

    /** The server's own slowness (what it simulates), not a wait of the test. */
    private void pause() {
        try {
            Thread.sleep(slowness);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] calendar(int feed, int size) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bijeen test//Growing//NL\r\n");
        for (int event = 1; event <= size; event++) {
            Instant start = firstStart.plus(SLOT.multipliedBy((long) feed * MAX_EVENTS + event));
            ics.append("BEGIN:VEVENT\r\n")
                    .append("UID:feed-").append(feed).append("-event-").append(event).append("@growing.test\r\n")
                    .append("DTSTAMP:20260101T090000Z\r\n")
                    .append("DTSTART:").append(UTC.format(start)).append("\r\n")
                    .append("DTEND:").append(UTC.format(start.plus(1, ChronoUnit.HOURS))).append("\r\n")
                    .append("SUMMARY:").append(title(feed, event)).append("\r\n")
                    .append("LOCATION:Wijkcentrum ").append(feed).append("\\, Dorpsstraat ").append(feed)
                    .append("\\, Katwijk\r\n")
                    .append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String title(int feed, int event) {
        return "Bijeenkomst " + event + " van buurtagenda " + feed;
    }

    private static String path(int feed) {
        return "/" + sourceId(feed) + ".ics";
    }

    @Override
    public void close() {
        server.close();
    }
}

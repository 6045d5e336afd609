package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.FixtureServer;

/** robots.txt, one request at a time per host with a delay between them, and Retry-After, over loopback HTTP. */
class PoliteFetchingTest {

    private static final Duration DELAY = Duration.ofMillis(400);

    private final FixtureServer server = new FixtureServer();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private HttpFetcher fetcher = fetcher(Duration.ZERO);

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private static HttpFetcher fetcher(Duration minHostDelay) {
        AggregatorSettings settings = HttpFetcherTest.settings(Duration.ofSeconds(10)).withMinHostDelay(minHostDelay);
        return new HttpFetcher(settings, FetchGuard.webSchemesOnly());
    }

    private void serveText(String path, String text) {
        server.serve(path, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUrlThatRobotsTxtDisallowsForBijeenFailsInPlainDutchAndIsNotRequested() {
        serveText("/robots.txt", "User-agent: Bijeen\nDisallow: /prive/\n");
        serveText("/prive/agenda.ics", "geheim");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/prive/agenda.ics"), Validators.NONE))
                .isInstanceOf(FetchException.class)
                .hasMessage("De website vraagt in haar robots.txt om /prive/agenda.ics niet door robots te laten "
                        + "ophalen; Bijeen houdt zich daaraan en haalt niets op.");
        assertThat(server.requests("/prive/agenda.ics")).isEmpty();
    }

    @Test
    void robotsTxtIsFetchedOncePerSiteAndRulesForOtherRobotsDoNotApply() throws Exception {
        serveText("/robots.txt", "User-agent: AndereBot\nDisallow: /\n");
        serveText("/a.ics", "a");
        serveText("/b.ics", "b");

        fetcher.fetch(server.uri("/a.ics"), Validators.NONE);
        fetcher.fetch(server.uri("/b.ics"), Validators.NONE);

        assertThat(server.requests("/robots.txt")).hasSize(1);
        assertThat(server.requests("/b.ics")).hasSize(1);
    }

    @Test
    void aRedirectIntoADisallowedPathIsRefusedBeforeItIsFollowed() {
        serveText("/robots.txt", "User-agent: *\nDisallow: /intern/\n");
        server.redirect("/agenda.ics", "/intern/agenda.ics");
        serveText("/intern/agenda.ics", "intern");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/agenda.ics"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt om /intern/agenda.ics");
        assertThat(server.requests("/intern/agenda.ics")).isEmpty();
    }

    @Test
    void noRobotsTxtAllowsEverything() throws Exception {
        serveText("/a.ics", "a");

        FetchResult result = fetcher.fetch(server.uri("/a.ics"), Validators.NONE);

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void aServerErrorOnRobotsTxtKeepsUsAwayForNow() {
        server.status("/robots.txt", 503);
        serveText("/a.ics", "a");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/a.ics"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessage("De robots.txt van deze website gaf een serverfout "
                        + "(503); Bijeen haalt daarom voorlopig niets op en probeert het later opnieuw.");
        assertThat(server.requests("/a.ics")).isEmpty();
    }

    @Test
    void a429WithRetryAfterInSecondsSaysWhenToComeBack() {
        server.on("/druk.ics", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            FixtureServer.respond(exchange, 429, "text/plain", "te druk".getBytes(StandardCharsets.UTF_8));
        });
        Instant before = Instant.now();

        FetchException failure = catchFetch(server.uri("/druk.ics"));

        assertThat(failure).hasMessage("De website antwoordde met foutcode 429.");
        assertThat(failure.notBefore()).hasValueSatisfying(at -> assertThat(at)
                .isBetween(before.plusSeconds(120), Instant.now().plusSeconds(120)));
    }

    @Test
    void a503WithRetryAfterAsADateSaysWhenToComeBack() {
        Instant later = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        server.on("/onderhoud.ics", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(later.atZone(java.time.ZoneOffset.UTC)));
            FixtureServer.respond(exchange, 503, "text/plain", "onderhoud".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(catchFetch(server.uri("/onderhoud.ics")).notBefore()).contains(later);
    }

    @Test
    void a500SaysNothingAboutWhenToComeBack() {
        server.status("/kapot.ics", 500);

        assertThat(catchFetch(server.uri("/kapot.ics")).notBefore()).isEmpty();
    }

    @Test
    void requestsToOneHostAreAtLeastTheMinimumDelayApart() throws Exception {
        fetcher.close();
        fetcher = fetcher(DELAY);
        timed("/a.ics");
        timed("/b.ics");

        fetcher.fetch(server.uri("/a.ics"), Validators.NONE);
        fetcher.fetch(server.uri("/b.ics"), Validators.NONE);

        assertThat(arrivals.get("/b.ics") - arrivals.get("/a.ics")).isGreaterThanOrEqualTo(DELAY.toNanos());
    }

    @Test
    void oneHostGetsOneRequestAtATimeWhileAnotherHostIsNotHeldUp() throws Exception {
        fetcher.close();
        fetcher = fetcher(DELAY);
        CountDownLatch release = new CountDownLatch(1);
        server.on("/traag.ics", exchange -> {
            await(release);
            arrivals.put("traag klaar", System.nanoTime());
            FixtureServer.respond(exchange, 200, "text/plain", "traag".getBytes(StandardCharsets.UTF_8));
        });
        timed("/tweede.ics");
        HttpServer other = otherLoopbackHost();
        try {
            CompletableFuture<FetchResult> slow = async(server.uri("/traag.ics"));
            Eventually.waitUntil("the slow request arrived", Duration.ofSeconds(5),
                    () -> !server.requests("/traag.ics").isEmpty());
            CompletableFuture<FetchResult> second = async(server.uri("/tweede.ics"));

            URI elsewhere = URI.create("http://127.0.0.2:" + other.getAddress().getPort() + "/snel.ics");
            assertThat(fetcher.fetch(elsewhere, Validators.NONE)).isInstanceOf(FetchResult.Fetched.class);
            assertThat(server.requests("/tweede.ics")).isEmpty(); // still behind the slow one
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);

            assertThat(arrivals.get("/tweede.ics") - arrivals.get("traag klaar")).isGreaterThanOrEqualTo(DELAY.toNanos());
        } finally {
            release.countDown();
            other.stop(0);
        }
    }

    private FetchException catchFetch(URI url) {
        try {
            fetcher.fetch(url, Validators.NONE);
        } catch (FetchException e) {
            return e;
        }
        throw new AssertionError("the fetch of " + url + " succeeded");
    }

    private CompletableFuture<FetchResult> async(URI url) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return fetcher.fetch(url, Validators.NONE);
            } catch (FetchException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void timed(String path) {
        server.on(path, exchange -> {
            arrivals.put(path, System.nanoTime());
            FixtureServer.respond(exchange, 200, "text/plain", path.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A second host: 127.0.0.2 is loopback too (on the allow-list) but another host to the pacer. */
    private static HttpServer otherLoopbackHost() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        other.createContext("/snel.ics", exchange -> FixtureServer.respond(exchange, 200, "text/plain", new byte[] {'o', 'k'}));
        other.start();
        return other;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}

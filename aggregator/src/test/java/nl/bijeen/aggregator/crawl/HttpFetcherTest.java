package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.FixtureServer;

class HttpFetcherTest {

    private static final long LIMIT = 100_000;

    /** The fixture server is on loopback, which only the allow-list opens (see SsrfTableTest for it closed). */
    static final java.util.List<String> LOOPBACK = java.util.List.of("127.0.0.0/8", "::1");

    private final FixtureServer server = new FixtureServer();
    private final HttpFetcher fetcher = new HttpFetcher(settings(Duration.ofSeconds(5)), FetchGuard.webSchemesOnly());

    static AggregatorSettings settings(Duration requestTimeout) {
        return new AggregatorSettings(false, Duration.ofMillis(100), Duration.ofSeconds(2), requestTimeout, LIMIT,
                "BijeenTest/1.0 (+https://bijeen.example/test)", Duration.ofDays(365))
                .withFetchAllowList(LOOPBACK).withMinHostDelay(Duration.ZERO);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aFetchReturnsBodyContentTypeValidatorsAndSendsOurUserAgent() throws Exception {
        server.serveResource("/agenda.ics", "crawl/agenda-v1.ics", "text/calendar; charset=utf-8");

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetcher.fetch(server.uri("/agenda.ics"), Validators.NONE);

        assertThat(fetched.body()).isEqualTo(FixtureServer.resource("crawl/agenda-v1.ics"));
        assertThat(fetched.contentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(fetched.validators().etag()).isNotBlank();
        assertThat(server.requests("/agenda.ics").getFirst().headers().getFirst("User-Agent"))
                .isEqualTo("BijeenTest/1.0 (+https://bijeen.example/test)");
    }

    @Test
    void aConditionalGetWithTheStoredEtagIsReportedAsNotModified() throws Exception {
        server.serveResource("/agenda.ics", "crawl/agenda-v1.ics", "text/calendar");
        Validators first = fetcher.fetch(server.uri("/agenda.ics"), Validators.NONE).validators();

        FetchResult second = fetcher.fetch(server.uri("/agenda.ics"), first);

        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests("/agenda.ics").get(1).headers().getFirst("If-None-Match")).isEqualTo(first.etag());
    }

    @Test
    void lastModifiedIsSentAsIfModifiedSince() throws Exception {
        server.serveResource("/agenda.ics", "crawl/agenda-v1.ics", "text/calendar");

        fetcher.fetch(server.uri("/agenda.ics"), new Validators(null, "Mon, 23 Nov 2026 10:00:00 GMT"));

        assertThat(server.requests("/agenda.ics").getFirst().headers().getFirst("If-Modified-Since"))
                .isEqualTo("Mon, 23 Nov 2026 10:00:00 GMT");
    }

    @Test
    void aGzippedBodyIsAskedForAndDecoded() throws Exception {
        byte[] calendar = FixtureServer.resource("crawl/agenda-v1.ics");
        server.gzipped("/agenda.ics", "text/calendar", calendar);

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetcher.fetch(server.uri("/agenda.ics"), Validators.NONE);

        assertThat(fetched.body()).isEqualTo(calendar);
        assertThat(server.requests("/agenda.ics").getFirst().headers().getFirst("Accept-Encoding")).contains("gzip");
    }

    @Test
    void redirectsAreFollowedUpToFiveTimesAndTheFinalUrlIsReported() throws Exception {
        server.serveResource("/final.ics", "crawl/agenda-v1.ics", "text/calendar");
        for (int i = 1; i <= 5; i++) {
            server.redirect("/hop" + i, i == 5 ? "/final.ics" : "/hop" + (i + 1));
        }

        FetchResult fetched = fetcher.fetch(server.uri("/hop1"), Validators.NONE);

        assertThat(fetched.url()).isEqualTo(server.uri("/final.ics"));
    }

    @Test
    void aSixthRedirectFailsTheFetch() {
        server.serveResource("/final.ics", "crawl/agenda-v1.ics", "text/calendar");
        for (int i = 1; i <= 6; i++) {
            server.redirect("/hop" + i, i == 6 ? "/final.ics" : "/hop" + (i + 1));
        }

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/hop1"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessage("De website stuurde ons meer dan 5 keer door.");
        assertThat(server.requests("/final.ics")).isEmpty();
    }

    @Test
    void aWebcalAddressOnThisMachineIsFetchedOverHttp() throws Exception {
        server.serveResource("/agenda.ics", "crawl/agenda-v1.ics", "text/calendar");
        URI webcal = URI.create(server.uri("/agenda.ics").toString().replaceFirst("^http", "webcal"));

        FetchResult fetched = fetcher.fetch(webcal, Validators.NONE);

        assertThat(fetched.url()).isEqualTo(server.uri("/agenda.ics"));
    }

    @Test
    void aWebcalAddressElsewhereBecomesHttps() throws Exception {
        assertThat(FetchTargets.requestable(URI.create("webcal://agenda.example.nl/kern%20agenda.ics?x=1")))
                .isEqualTo(URI.create("https://agenda.example.nl/kern%20agenda.ics?x=1"));
    }

    @Test
    void addressesThatAreNotHttpAreRefused() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://agenda.example.nl/a.ics"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining("Alleen http- en https-adressen");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining("'file'");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.redirect("/sneaky", "file:///etc/passwd");

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/sneaky"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining("'file'");
    }

    @Test
    void anErrorStatusFailsWithItsCodeInPlainDutch() {
        server.status("/kapot", 500);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/kapot"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessage("De website antwoordde met foutcode 500.");
    }

    @Test
    void aServerThatNeverAnswersFailsAtTheRequestTimeout() {
        server.hang("/traag");
        HttpFetcher impatient = new HttpFetcher(settings(Duration.ofMillis(300)), FetchGuard.webSchemesOnly());
        Instant start = Instant.now();

        assertThatThrownBy(() -> impatient.fetch(server.uri("/traag"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessage("De website antwoordde niet binnen 300 milliseconden.");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anEndlessBodyIsAbortedOnceItPassesTheLimit() {
        AtomicLong written = new AtomicLong();
        AtomicBoolean serverStopped = new AtomicBoolean();
        server.on("/eindeloos", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            byte[] chunk = "BEGIN:VEVENT\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < 1_000L * LIMIT) {
                    out.write(chunk);
                    out.flush();
                    written.addAndGet(chunk.length);
                }
            } catch (IOException clientHungUp) {
                serverStopped.set(true);
            }
        });

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/eindeloos"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("Het bestand is groter dan de toegestane");
        Eventually.waitUntil("the server notices the client hung up", Duration.ofSeconds(10), serverStopped::get);
        assertThat(written.get()).isLessThan(100L * LIMIT);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefused() {
        server.serve("/groot", "text/calendar", new byte[(int) LIMIT + 1]);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/groot"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("Het bestand is groter dan de toegestane");
    }

    @Test
    void aDeflatedBodyIsDecoded() throws Exception {
        byte[] calendar = FixtureServer.resource("crawl/agenda-v1.ics");
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(packed)) {
            deflate.write(calendar);
        }
        server.on("/agenda.ics", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            FixtureServer.respond(exchange, 200, "text/calendar", packed.toByteArray());
        });

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetcher.fetch(server.uri("/agenda.ics"), Validators.NONE);

        assertThat(fetched.body()).isEqualTo(calendar);
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedUnderTheDefaultTenMegabyteLimit() {
        AggregatorSettings defaults = AggregatorSettings.defaults().withFetchAllowList(LOOPBACK)
                .withMinHostDelay(Duration.ZERO);
        AtomicLong written = new AtomicLong();
        server.on("/vijftig.ics", exchange -> {
            long size = 50L * 1024 * 1024;
            exchange.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < size) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher refuses before the end
            }
        });

        try (HttpFetcher standard = new HttpFetcher(defaults, FetchGuard.webSchemesOnly())) {
            assertThatThrownBy(() -> standard.fetch(server.uri("/vijftig.ics"), Validators.NONE))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("Het bestand is groter dan de toegestane 10 MB; het ophalen is afgebroken.");
        }
    }

    @Test
    void aGzippedBodyThatUnpacksPastTheLimitIsRefused() {
        server.gzipped("/bom", "text/calendar", new byte[(int) LIMIT * 20]);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/bom"), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageStartingWith("Het bestand is groter dan de toegestane");
    }
}

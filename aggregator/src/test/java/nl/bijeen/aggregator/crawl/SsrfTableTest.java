package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.crawl.safety.AddressPolicy;
import nl.bijeen.aggregator.crawl.safety.GuardedDnsResolver;
import nl.bijeen.aggregator.support.FixtureServer;

/**
 * The SSRF table: URLs and redirect chains a site owner could type, none of which may reach an internal address.
 * One loopback server plays both parts: as {@code public.test} (a name the test resolver maps to loopback and the
 * allow-list admits by name, so it stands in for a public website) it redirects; as 127.0.0.1 it holds a
 * {@code /secret} that must never be asked for, because 127.0.0.1 itself is not on the allow-list.
 */
class SsrfTableTest {

    private static final String INTERNAL = "Bijeen haalt geen adressen op het interne netwerk op (";
    private static final String ODD_NUMBER = "Bijeen haalt geen adressen op met een ongebruikelijk geschreven IP-adres";
    private static final String CREDENTIALS = "Bijeen haalt geen adressen op met een gebruikersnaam of wachtwoord erin";
    private static final String SCHEME = "Alleen http- en https-adressen kunnen worden opgehaald";
    private static final String NO_HOST = "noemt geen website";
    private static final String TOO_MANY = "De website stuurde ons meer dan 5 keer door.";

    private final FixtureServer server = new FixtureServer();
    private final int port = server.uri("/").getPort();
    private final AtomicInteger lookups = new AtomicInteger();

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // typed directly
                row("http://127.0.0.1:{P}/secret", null, INTERNAL + "127.0.0.1: loopback"),
                row("http://localhost:{P}/secret", null, INTERNAL + "localhost = 127.0.0.1: loopback"),
                row("http://LOCALHOST:{P}/secret", null, INTERNAL + "localhost = 127.0.0.1: loopback"),
                row("http://[::1]:{P}/secret", null, INTERNAL + "::1: loopback"),
                row("http://127.0.0.1.:{P}/secret", null, NO_HOST),
                row("http://127.255.255.254:{P}/secret", null, INTERNAL + "127.255.255.254: loopback"),
                row("http://2130706433:{P}/secret", null, ODD_NUMBER),
                row("http://017700000001:{P}/secret", null, ODD_NUMBER),
                row("http://0x7f000001:{P}/secret", null, ODD_NUMBER),
                row("http://0177.0.0.1:{P}/secret", null, ODD_NUMBER),
                row("http://0x7f.1:{P}/secret", null, NO_HOST),
                row("http://127.1:{P}/secret", null, NO_HOST),
                row("http://0:{P}/secret", null, ODD_NUMBER),
                row("http://0.0.0.0:{P}/secret", null, INTERNAL + "0.0.0.0: een onbepaald adres"),
                row("http://[::]:{P}/secret", null, INTERNAL + ":::" + " een onbepaald adres"),
                row("http://[::ffff:127.0.0.1]:{P}/secret", null, INTERNAL + "::ffff:127.0.0.1: loopback"),
                row("http://[::ffff:7f00:1]:{P}/secret", null, INTERNAL + "::ffff:7f00:1: loopback"),
                row("http://[::127.0.0.1]:{P}/secret", null, "een IPv4-adres in IPv6-vorm"),
                row("http://[64:ff9b::7f00:1]:{P}/secret", null, "NAT64, een vertaald intern adres"),
                row("http://[2002:7f00:1::]:{P}/secret", null, "6to4, een IPv4-adres in IPv6-vorm"),
                row("http://169.254.169.254/latest/meta-data/", null, "169.254.169.254: de metadata-dienst van een cloud"),
                row("http://[fd00:ec2::254]/latest/meta-data/", null, "de metadata-dienst van een cloud"),
                row("http://100.100.100.200/latest/meta-data/", null, "100.100.100.200: de metadata-dienst van een cloud"),
                row("http://10.0.0.1/", null, "10.0.0.1: een privé-netwerk"),
                row("http://172.16.0.1/", null, "172.16.0.1: een privé-netwerk"),
                row("http://172.31.255.255/", null, "172.31.255.255: een privé-netwerk"),
                row("http://192.168.1.1/", null, "192.168.1.1: een privé-netwerk"),
                row("http://[fc00::1]/", null, "een privé-netwerk"),
                row("http://100.64.0.1/", null, "100.64.0.1: carrier-grade NAT"),
                row("http://169.254.1.1/", null, "169.254.1.1: link-local"),
                row("http://[fe80::1]/", null, "link-local"),
                row("http://224.0.0.1/", null, "224.0.0.1: multicast"),
                row("http://[ff02::1]/", null, "multicast"),
                row("http://255.255.255.255/", null, "255.255.255.255: broadcast"),
                row("http://192.0.2.1/", null, "192.0.2.1: een documentatie-adres"),
                row("http://198.18.0.1/", null, "198.18.0.1: een testnetwerk"),
                row("http://intern.test:{P}/secret", null, INTERNAL + "intern.test = 10.0.0.1: een privé-netwerk"),
                row("http://user:pass@public.test:{P}/ok", null, CREDENTIALS),
                row("http://user@public.test:{P}/ok", null, CREDENTIALS),
                row("webcal://127.0.0.1:{P}/secret", null, INTERNAL + "127.0.0.1: loopback"),
                row("ftp://public.test/", null, SCHEME),
                row("file:///etc/passwd", null, "'file'"),
                row("gopher://127.0.0.1:{P}/secret", null, "'gopher'"),
                row("dict://127.0.0.1:11211/stats", null, "'dict'"),
                // a public-looking website that redirects inwards
                row("http://public.test:{P}/r", "http://127.0.0.1:{P}/secret", INTERNAL + "127.0.0.1: loopback"),
                row("http://public.test:{P}/r", "http://localhost:{P}/secret", INTERNAL + "localhost = 127.0.0.1"),
                row("http://public.test:{P}/r", "//127.0.0.1:{P}/secret", INTERNAL + "127.0.0.1: loopback"),
                row("http://public.test:{P}/r", "http://[::1]:{P}/secret", INTERNAL + "::1: loopback"),
                row("http://public.test:{P}/r", "http://169.254.169.254/latest/meta-data/", "de metadata-dienst"),
                row("http://public.test:{P}/r", "http://[fd00:ec2::254]/latest/meta-data/", "de metadata-dienst"),
                row("http://public.test:{P}/r", "http://2130706433:{P}/secret", ODD_NUMBER),
                row("http://public.test:{P}/r", "http://[::ffff:127.0.0.1]:{P}/secret", INTERNAL),
                row("http://public.test:{P}/r", "http://10.0.0.1/", "een privé-netwerk"),
                row("http://public.test:{P}/r", "http://intern.test:{P}/secret", "intern.test = 10.0.0.1"),
                row("http://public.test:{P}/r", "webcal://127.0.0.1:{P}/secret", INTERNAL + "127.0.0.1: loopback"),
                row("http://public.test:{P}/r", "http://user:pass@public.test:{P}/ok", CREDENTIALS),
                row("http://public.test:{P}/r", "file:///etc/passwd", "'file'"),
                row("http://public.test:{P}/r", "gopher://127.0.0.1:{P}/secret", "'gopher'"),
                row("http://public.test:{P}/hop1", "via three hops to http://127.0.0.1:{P}/secret", INTERNAL + "127.0.0.1"),
                row("http://public.test:{P}/loop", "itself, forever", TOO_MANY));
    }

    private static Arguments row(String url, String redirect, String refusal) {
        return Arguments.of(url, redirect, refusal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void noUrlOrRedirectReachesARefusedAddress(String url, String redirect, String refusal) {
        serveOrigin(redirect);
        HttpFetcher fetcher = fetcher(List.of("public.test"));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(url.replace("{P}", "" + port)), Validators.NONE))
                .isInstanceOf(FetchException.class).hasMessageContaining(refusal);
        assertThat(server.requests("/secret")).isEmpty();
        assertThat(server.requests("/ok")).isEmpty();
        fetcher.close();
    }

    @Test
    void theStandInForAPublicWebsiteIsReachableSoTheRefusalsAreNotAccidents() throws Exception {
        serveOrigin(null);
        try (HttpFetcher fetcher = fetcher(List.of("public.test"))) {
            FetchResult result = fetcher.fetch(URI.create("http://public.test:" + port + "/ok"), Validators.NONE);

            assertThat(((FetchResult.Fetched) result).body()).asString(StandardCharsets.UTF_8).isEqualTo("ok");
        }
    }

    @Test
    void withLoopbackOnTheAllowListTheLoopbackOriginIsReachableDirectlyAndAfterARedirect() throws Exception {
        serveOrigin("http://127.0.0.1:{P}/secret");
        try (HttpFetcher fetcher = fetcher(List.of("public.test", "127.0.0.1/32"))) {
            fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/secret"), Validators.NONE);
            FetchResult redirected = fetcher.fetch(URI.create("http://public.test:" + port + "/r"), Validators.NONE);

            assertThat(redirected.url()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/secret"));
            assertThat(server.requests("/secret")).hasSize(2);
        }
    }

    @Test
    void aNameThatResolvesToAPublicAndAnInternalAddressIsOnlyConnectedToThePublicOne() throws Exception {
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.allowing(List.of("127.0.0.1/32")),
                this::lookup);

        assertThat(resolver.resolve("mixed.test")).containsExactly(InetAddress.getByName("127.0.0.1"));
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void aNameThatResolvesOnlyToRefusedAddressesIsRefusedBeforeAnyConnection() {
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.strict(), this::lookup);

        assertThatThrownBy(() -> resolver.resolve("mixed.test")).hasMessage(INTERNAL
                + "mixed.test = 10.0.0.1: een privé-netwerk).");
    }

    /** public.test → loopback; intern.test → a private address; mixed.test → both; localhost → loopback; literals as themselves. */
    private InetAddress[] lookup(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        return switch (host.toLowerCase()) {
            case "public.test", "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            case "intern.test" -> new InetAddress[] {InetAddress.getByName("10.0.0.1")};
            case "mixed.test" -> new InetAddress[] {InetAddress.getByName("10.0.0.1"), InetAddress.getByName("127.0.0.1")};
            default -> {
                if (host.contains(":") || host.matches("[0-9.]+")) {
                    yield new InetAddress[] {InetAddress.getByName(host)}; // a literal: no lookup
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private HttpFetcher fetcher(List<String> allowList) {
        AggregatorSettings settings = HttpFetcherTest.settings(Duration.ofSeconds(5)).withFetchAllowList(allowList);
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.allowing(allowList), this::lookup);
        return new HttpFetcher(settings, FetchGuard.webSchemesOnly(), FetchClients.guarded(settings, resolver));
    }

    private void serveOrigin(String redirect) {
        server.serve("/ok", "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        server.serve("/secret", "text/plain", "secret".getBytes(StandardCharsets.UTF_8));
        String secret = "http://127.0.0.1:" + port + "/secret";
        server.redirect("/hop1", "/hop2");
        server.redirect("/hop2", "http://public.test:" + port + "/hop3");
        server.redirect("/hop3", secret);
        server.redirect("/loop", "/loop");
        if (redirect != null) {
            server.redirect("/r", redirect.replace("{P}", "" + port));
        }
    }
}

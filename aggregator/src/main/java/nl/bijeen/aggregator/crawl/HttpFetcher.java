package nl.bijeen.aggregator.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.crawl.polite.HostPacer;
import nl.bijeen.aggregator.crawl.safety.AddressPolicy;
import nl.bijeen.aggregator.crawl.safety.UrlRules;

/**
 * Fetches one source document over HTTP: a conditional GET with the validators of the last fetch, gzip and deflate
 * accepted, at most {@value #MAX_REDIRECTS} redirects followed by hand (each target admitted by the
 * {@link FetchGuard} and the {@link UrlRules}), one deadline for the whole fetch, a body limit enforced while the body
 * streams in, one request at a time per host with a delay between them ({@link HostPacer}). The client connects only
 * to addresses the {@link AddressPolicy} admitted when the host was resolved (see {@link FetchClients}).
 * Thread-safe; one instance serves all crawls.
 */
public final class HttpFetcher implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient client;
    private final AggregatorSettings settings;
    private final FetchGuard guard;
    private final HostPacer pacer;
    private final RobotsRules robots = new RobotsRules(Clock.systemUTC());
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bijeen-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    public HttpFetcher(AggregatorSettings settings, FetchGuard guard) {
        this(settings, guard, FetchClients.guarded(settings, AddressPolicy.allowing(settings.fetchAllowList())));
    }

    HttpFetcher(AggregatorSettings settings, FetchGuard guard, CloseableHttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.client = client;
        this.pacer = new HostPacer(settings.minHostDelay());
    }

    public FetchResult fetch(URI url, Validators known) throws FetchException {
        return fetch(url, known, true);
    }

    private FetchResult fetch(URI url, Validators known, boolean obeyRobots) throws FetchException {
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        URI current = admit(FetchTargets.requestable(url));
        for (int redirects = 0; ; redirects++) {
            if (obeyRobots) {
                robots.check(current, this::loadRobots);
            }
            Answer answer = exchange(current, known, deadline);
            if (answer instanceof Answer.Redirect redirect) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException("De website stuurde ons meer dan " + MAX_REDIRECTS + " keer door.");
                }
                current = admit(FetchTargets.requestable(redirect.target()));
                continue;
            }
            return ((Answer.Done) answer).result();
        }
    }

    /** A site's robots.txt, fetched with the same safety as any page (but not itself subject to robots.txt). */
    private RobotsRules.Answer loadRobots(URI robotsUrl) throws FetchException {
        try {
            if (fetch(robotsUrl, Validators.NONE, false) instanceof FetchResult.Fetched file) {
                return new RobotsRules.Answer(200, file.body(), file.contentType());
            }
            return new RobotsRules.Answer(404, new byte[0], null);
        } catch (HttpStatusException e) {
            return new RobotsRules.Answer(e.status(), new byte[0], null);
        }
    }

    /** Drops open connections and aborts fetches still running (their crawls fail and record that). */
    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
        deadlines.shutdownNow();
    }

    private URI admit(URI url) throws FetchException {
        URI admitted = guard.admit(url);
        String refusal = UrlRules.refusal(admitted);
        if (refusal != null) {
            throw new FetchException(refusal);
        }
        return admitted;
    }

    /** One request and its answer, within this host's turn and the fetch's deadline. */
    private Answer exchange(URI url, Validators known, long deadline) throws FetchException {
        try (HostPacer.Turn turn = pacer.await(url.getHost(), deadline)) {
            if (turn == null) {
                throw new FetchException(FailureMessages.timeout(settings.requestTimeout()));
            }
            HttpGet request = request(url, known);
            FetchDeadline timer = new FetchDeadline(request, deadlines, deadline);
            try (CloseableHttpResponse response = client.execute(request)) {
                return answer(url, response, request, timer);
            } catch (IOException e) {
                throw FetchFailures.translate(e, timer.passed(), settings);
            } finally {
                timer.cancel();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("Het ophalen werd afgebroken omdat Bijeen stopte.", e);
        }
    }

    private Answer answer(URI url, CloseableHttpResponse response, HttpGet request, FetchDeadline timer)
            throws FetchException {
        int status = response.getCode();
        Validators validators = Validators.from(response);
        if (status == 304) {
            return new Answer.Done(new FetchResult.NotModified(url, validators));
        }
        if (isRedirect(status)) {
            return new Answer.Redirect(redirectTarget(url, response));
        }
        if (status >= 400 || status / 100 != 2) {
            request.cancel(); // an error page is not read: drop the connection rather than drain it
            throw FetchFailures.status(status, header(response, "Retry-After"), Instant.now());
        }
        byte[] raw;
        try {
            raw = readLimited(response.getEntity(), request);
        } catch (IOException e) { // the answer had begun: a broken connection now means an incomplete file
            throw FetchFailures.translateDuringBody(e, timer.passed(), settings);
        }
        byte[] body = ContentDecoding.decode(raw, header(response, "Content-Encoding"), settings.maxBodyBytes());
        return new Answer.Done(new FetchResult.Fetched(url, header(response, "Content-Type"), body, validators));
    }

    private byte[] readLimited(HttpEntity entity, HttpGet request) throws IOException, FetchException {
        if (entity == null) {
            return new byte[0];
        }
        long max = settings.maxBodyBytes();
        if (entity.getContentLength() > max) {
            request.cancel();
            throw new FetchException(FailureMessages.tooLarge(max));
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (body.length > max) {
                request.cancel(); // closes the socket: an endless body is not drained
                throw new FetchException(FailureMessages.tooLarge(max));
            }
            return body;
        }
    }

    private HttpGet request(URI url, Validators known) {
        HttpGet get = new HttpGet(url);
        get.setHeader("User-Agent", settings.userAgent());
        get.setHeader("Accept-Encoding", "gzip, deflate");
        if (known.etag() != null) {
            get.setHeader("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            get.setHeader("If-Modified-Since", known.lastModified());
        }
        return get;
    }

    static String header(CloseableHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, CloseableHttpResponse response) throws FetchException {
        String location = header(response, "Location");
        if (location == null) {
            throw new FetchException("De website stuurde ons door, maar zei niet waarheen.");
        }
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException("De website stuurde ons door naar een ongeldig adres (" + location + ").", e);
        }
    }

    /** What one exchange brought: the end of the fetch, or another hop. */
    private sealed interface Answer {
        record Done(FetchResult result) implements Answer {
        }

        record Redirect(URI target) implements Answer {
        }
    }
}

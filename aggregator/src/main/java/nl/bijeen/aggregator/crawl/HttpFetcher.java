package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.bijeen.aggregator.AggregatorSettings;

/**
 * Fetches one source document over HTTP: a conditional GET with the validators of the last fetch, gzip accepted,
 * at most {@value #MAX_REDIRECTS} redirects (each target admitted by the {@link FetchGuard}), one deadline for the
 * whole fetch, and a body limit enforced while the body streams in. Thread-safe; one instance serves all crawls.
 */
public final class HttpFetcher implements AutoCloseable {

    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final AggregatorSettings settings;
    private final FetchGuard guard;

    public HttpFetcher(AggregatorSettings settings, FetchGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, so every hop passes the guard
                .build();
    }

    public FetchResult fetch(URI url, Validators known) throws FetchException {
        Instant deadline = Instant.now().plus(settings.requestTimeout());
        URI current = guard.admit(FetchTargets.requestable(url));
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(request(current, known, deadline), deadline);
            int status = response.statusCode();
            if (status == 304) {
                return new FetchResult.NotModified(current, Validators.from(response.headers()));
            }
            if (isRedirect(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException("De website stuurde ons meer dan " + MAX_REDIRECTS + " keer door.");
                }
                current = guard.admit(FetchTargets.requestable(redirectTarget(current, response)));
                continue;
            }
            if (status >= 400) {
                throw new FetchException(FailureMessages.httpStatus(status));
            }
            if (status / 100 != 2) {
                throw new FetchException("De website gaf een onverwacht antwoord (status " + status + ").");
            }
            byte[] body = ContentDecoding.decode(response.body(),
                    response.headers().firstValue("Content-Encoding").orElse(null), settings.maxBodyBytes());
            return new FetchResult.Fetched(current, response.headers().firstValue("Content-Type").orElse(null), body,
                    Validators.from(response.headers()));
        }
    }

    /** Drops open connections and aborts fetches still running (their crawls fail and record that). */
    @Override
    public void close() {
        client.shutdownNow();
    }

    private HttpRequest request(URI url, Validators known, Instant deadline) throws FetchException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).GET()
                .timeout(remaining(deadline))
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip");
        if (known.etag() != null) {
            builder.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            builder.header("If-Modified-Since", known.lastModified());
        }
        return builder.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, Instant deadline) throws FetchException {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, LimitedBodySubscriber.handler(settings.maxBodyBytes()));
        try {
            return future.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(FailureMessages.timeout(settings.requestTimeout()), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("Het ophalen werd afgebroken omdat Bijeen stopte.", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private FetchException translate(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodySubscriber.BodyTooLargeException) {
                return new FetchException(FailureMessages.tooLarge(settings.maxBodyBytes()), cause);
            }
            if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
                return new FetchException(FailureMessages.timeout(settings.requestTimeout()), cause);
            }
        }
        return new FetchException(FailureMessages.network(cause, settings.connectTimeout()), cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new FetchException("De website stuurde ons door, maar zei niet waarheen."));
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException("De website stuurde ons door naar een ongeldig adres (" + location + ").", e);
        }
    }

    private static Duration remaining(Instant deadline) throws FetchException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new FetchException("De tijd voor het ophalen was op.");
        }
        return left;
    }
}

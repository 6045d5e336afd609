package nl.bijeen.aggregator.crawl;

import java.io.IOException;
import java.time.Instant;

import org.apache.hc.client5.http.ConnectTimeoutException;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.crawl.polite.RetryAfter;
import nl.bijeen.aggregator.crawl.safety.RefusedAddressException;

/** Turns what went wrong in one HTTP exchange into a {@link FetchException} with a plain Dutch message. */
final class FetchFailures {

    private FetchFailures() {
    }

    static FetchException translate(IOException failure, boolean deadlinePassed, AggregatorSettings settings) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RefusedAddressException refused) {
                return new FetchException(refused.getMessage(), failure);
            }
        }
        if (deadlinePassed || failure instanceof java.net.SocketTimeoutException) {
            return new FetchException(FailureMessages.timeout(settings.requestTimeout()), failure);
        }
        if (failure instanceof ConnectTimeoutException) {
            return new FetchException(FailureMessages.connectTimeout(settings.connectTimeout()), failure);
        }
        return new FetchException(FailureMessages.network(failure, settings.connectTimeout()), failure);
    }

    /**
     * What went wrong while the body streamed in, after a good status: a timeout is still a timeout, any other
     * broken connection (reset, closed early, a cut-off chunk) means the file arrived incomplete.
     */
    static FetchException translateDuringBody(IOException failure, boolean deadlinePassed,
                                              AggregatorSettings settings) {
        if (deadlinePassed || failure instanceof java.net.SocketTimeoutException) {
            return new FetchException(FailureMessages.timeout(settings.requestTimeout()), failure);
        }
        return new FetchException(FailureMessages.RESET_DURING_BODY, failure);
    }

    /** An answer that is neither content, 304 nor a redirect; 429 and 503 may say when to come back. */
    static FetchException status(int status, String retryAfter, Instant now) {
        if (status >= 400) {
            Instant notBefore = status == 429 || status == 503 ? RetryAfter.parse(retryAfter, now).orElse(null) : null;
            return new HttpStatusException(status, FailureMessages.httpStatus(status), notBefore);
        }
        return new FetchException("De website gaf een onverwacht antwoord (status " + status + ").");
    }
}

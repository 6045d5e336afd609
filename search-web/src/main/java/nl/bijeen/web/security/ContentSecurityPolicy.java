package nl.bijeen.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The Content-Security-Policy header on every response ({@code bijeen.content-security-policy}). Our own filter
 * instead of Micronaut Views' CspFilter: that one is a legacy filter, and a legacy filter in the chain breaks the
 * CSRF filter's reading of form bodies (NullPointerException in AroundLegacyFilter, Micronaut 4.10).
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class ContentSecurityPolicy {

    private final String policy;

    public ContentSecurityPolicy(@Value("${bijeen.content-security-policy}") String policy) {
        this.policy = policy;
    }

    @ResponseFilter
    public void addHeader(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", policy);
    }
}

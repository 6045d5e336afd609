package nl.bijeen.web.role;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * On a crawler node, every page and API address answers 503 with a plain Dutch explanation, before routing and
 * security: a crawler keeps no search index, so it has nothing to show, and a proxy that sends visitors here by
 * mistake should say so rather than show an empty site. Health and metrics stay on the management port.
 */
@Requires(property = Role.PROPERTY, value = "crawler")
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class CrawlerServesNoPages implements Ordered {

    static final String MESSAGE = "Dit is een ophaalserver van Bijeen: hij haalt agenda's op en toont geen pagina's."
            + " Ga naar het adres van de website zelf.";

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuse(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals("/health") || path.startsWith("/health/") || path.equals("/prometheus")) {
            return null; // the management endpoints: the operator's monitoring works on every node
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(MESSAGE);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

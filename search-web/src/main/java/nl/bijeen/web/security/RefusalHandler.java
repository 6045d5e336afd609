package nl.bijeen.web.security;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import nl.bijeen.web.web.Pages;

/**
 * What someone sees when a page is not for them, in Dutch: not logged in and asking for a page → the login form,
 * which brings them back afterwards (303); logged in with the wrong role → 403 with a plain explanation; a form
 * sent without a valid CSRF token, or by someone not logged in → 403 (nothing is changed). Programs get the
 * status alone (401/403).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class RefusalHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    /** Renders the page itself: the views filter does not render the bodies of responses made here. */
    public RefusalHandler(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        boolean browser = request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
        if (e.isForbidden()) {
            return browser ? refusal(request, HttpStatus.FORBIDDEN, "U bent ingelogd, maar deze pagina is niet voor uw rol. "
                    + "Vraag een beheerder als u hier wel moet zijn.") : HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        if (!read) {
            return browser ? refusal(request, HttpStatus.FORBIDDEN, "Dit formulier is verlopen of komt niet van deze site. "
                    + "Er is niets veranderd. Ga terug, laad de pagina opnieuw en probeer het nog eens.")
                    : HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        if (!browser) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        String here = request.getUri().toString();
        return HttpResponse.seeOther(URI.create("/inloggen?terug=" + URLEncoder.encode(here, StandardCharsets.UTF_8)));
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request, HttpStatus status, String explanation) {
        Map<String, Object> model = Pages.model(request);
        model.put("uitleg", explanation);
        StringWriter html = new StringWriter();
        try {
            views.render("geen-toegang", model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html.toString());
    }
}

package nl.bijeen.web.security;

import java.util.List;
import java.util.Optional;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.repository.CsrfTokenRepository;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;

/**
 * Gives every page a CSRF token for its forms (signed double-submit cookie, which {@link CsrfCheck}
 * checks in every form POST handler): a page request without a valid token cookie gets a new token, which
 * {@link CsrfViewModel} puts in the page's forms and this filter sets as the cookie. Static files, the API and the
 * exports have no forms and get no cookie.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class CsrfCookieFilter implements Ordered {

    static final String TOKEN_ATTRIBUTE = "bijeen.csrf.token";
    private static final String NEW_ATTRIBUTE = "bijeen.csrf.new";
    private static final List<String> NO_FORMS = List.of("/static/", "/webjars/", "/api/", "/export/");

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final List<CsrfTokenRepository<HttpRequest<?>>> repositories;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;

    public CsrfCookieFilter(CsrfTokenGenerator<HttpRequest<?>> generator,
                            List<CsrfTokenRepository<HttpRequest<?>>> repositories,
                            CsrfTokenValidator<HttpRequest<?>> validator, CsrfConfiguration configuration) {
        this.generator = generator;
        this.repositories = repositories;
        this.validator = validator;
        this.configuration = configuration;
    }

    /** Before the page is made: the token its forms get (the valid one the browser has, or a new one). */
    @RequestFilter
    public void issue(HttpRequest<?> request) {
        // POST too: a page shown again after a form (its errors, a dry run) has forms that need the token as well
        boolean page = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.POST;
        if (!page || NO_FORMS.stream().anyMatch(request.getPath()::startsWith)) {
            return;
        }
        Optional<String> current = repositories.stream().flatMap(r -> r.findCsrfToken(request).stream())
                .filter(token -> validator.validateCsrfToken(request, token)).findFirst();
        String token = current.orElseGet(() -> generator.generateCsrfToken(request));
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        if (current.isEmpty()) {
            request.setAttribute(NEW_ATTRIBUTE, token);
        }
    }

    /** After: a new token also goes into the cookie, which the CSRF filter compares the form's token with. */
    @ResponseFilter
    public void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_ATTRIBUTE, String.class).ifPresent(token -> response.cookie(cookie(token)));
    }

    private Cookie cookie(String token) {
        return Cookie.of(configuration.getCookieName(), token).path("/").httpOnly(true)
                .secure(configuration.isCookieSecure().orElse(true))
                .sameSite(configuration.getCookieSameSite().orElse(io.micronaut.http.cookie.SameSite.Strict));
    }

    @Override
    public int getOrder() {
        return 0;
    }
}

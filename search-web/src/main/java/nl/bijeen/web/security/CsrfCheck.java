package nl.bijeen.web.security;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * The CSRF check of a submitted form: its {@code csrfToken} field must equal the browser's CSRF cookie and carry a
 * valid signature for this login session (Micronaut Security's token validator). Every POST handler calls
 * {@link #verify} first; {@code RouteSecurityTest} sends every POST route a form without a token and expects 403.
 *
 * <p>Checked in the handler, after the body is read, rather than by Micronaut's CsrfFilter: that filter reads form
 * bodies asynchronously, which together with the legacy SecurityFilter and ViewsFilter fails now and then with a
 * NullPointerException in AroundLegacyFilter (Micronaut 4.10) when a body arrives in a later network packet.
 */
@Singleton
public class CsrfCheck {

    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final String field;

    public CsrfCheck(CsrfTokenValidator<HttpRequest<?>> validator, CsrfConfiguration configuration) {
        this.validator = validator;
        this.field = configuration.getFieldName();
    }

    /** @throws AuthorizationException answered with 403 (nothing is changed) when the token is missing or wrong */
    public void verify(HttpRequest<?> request, Map<String, String> form) {
        String token = form == null ? null : form.get(field);
        if (token == null || token.isBlank() || !validator.validateCsrfToken(request, token)) {
            throw new AuthorizationException(request.getUserPrincipal(Authentication.class).orElse(null));
        }
    }
}

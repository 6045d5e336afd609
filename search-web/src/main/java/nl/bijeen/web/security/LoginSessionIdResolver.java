package nl.bijeen.web.security;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.session.SessionIdResolver;
import jakarta.inject.Singleton;

/**
 * The login session a request belongs to, for binding CSRF tokens to it (Micronaut's CSRF token generator and
 * validator ask this): a token issued before the login, or to another session, is then refused.
 */
@Singleton
public class LoginSessionIdResolver implements SessionIdResolver<HttpRequest<?>> {

    private final SessionCookie cookie;

    public LoginSessionIdResolver(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public Optional<String> findSessionId(HttpRequest<?> request) {
        return cookie.read(request).filter(v -> !v.isEmpty()).map(Sessions::hash);
    }
}

package nl.bijeen.web.security;

import java.time.Duration;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import nl.bijeen.web.config.SecurityProperties;

/**
 * The login cookie: HttpOnly (no script reads it), SameSite=Lax (a form on another site cannot post with it),
 * Secure unless switched off for plain http on a test machine, and no Max-Age (it ends with the browser; the
 * session's own limits apply on the server).
 */
@Singleton
public class SessionCookie {

    public static final String NAME = "bijeen_sessie";

    private final boolean secure;

    public SessionCookie(SecurityProperties settings) {
        this.secure = settings.secureCookies();
    }

    public Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    public Cookie of(String value) {
        return Cookie.of(NAME, value).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }

    /** Tells the browser to forget the cookie (at logout). */
    public Cookie cleared() {
        return of("").maxAge(Duration.ZERO);
    }
}

package nl.bijeen.web.security;

import java.util.Optional;

import org.reactivestreams.Publisher;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Who is logged in: the session named by the login cookie, looked up in the store. Requests without the cookie
 * (every resident) cost nothing; with it, one indexed read on a blocking thread, not the event loop.
 */
@Singleton
public class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final ExecutorService blocking;

    public SessionAuthenticationFetcher(Sessions sessions, SessionCookie cookie,
                                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> value = cookie.read(request);
        if (value.isEmpty()) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> sessions.find(value.get())
                .map(s -> Authentication.build(s.username(), s.roles(),
                        java.util.Map.of(SESSION_ATTRIBUTE, s.idHash())))
                .orElse(null), blocking));
    }

    /** The attribute of the authentication that holds the session's hash (for binding CSRF tokens). */
    public static final String SESSION_ATTRIBUTE = "session";
}

package nl.bijeen.web.security;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

/**
 * Logging in and out for professionals and admins ({@code /inloggen}, {@code /uitloggen}), as plain forms. A wrong
 * name or password gets one message for both (no hint which was wrong); too many failures get a pause.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
public class LoginPage {

    private final Users users;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final CsrfCheck csrf;

    public LoginPage(Users users, Sessions sessions, SessionCookie cookie, LoginThrottle throttle, AuditLog audit,
                     CsrfCheck csrf) {
        this.csrf = csrf;
        this.users = users;
        this.sessions = sessions;
        this.cookie = cookie;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Get(uri = "/inloggen", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String terug) {
        return page(terug, null, null);
    }

    @Post(uri = "/inloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        String username = form.getOrDefault("gebruikersnaam", "").strip();
        String password = form.getOrDefault("wachtwoord", "");
        String back = form.get("terug");
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        if (throttle.blocked(address, username)) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(back, username,
                    "U heeft te vaak een verkeerd wachtwoord gegeven. Wacht een kwartier en probeer het dan opnieuw."));
        }
        Optional<Users.User> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(address, username);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(back, username,
                    "De gebruikersnaam of het wachtwoord klopt niet."));
        }
        throttle.succeeded(address);
        audit.record(user.get().username(), "login", null, null);
        String start = user.get().roles().contains(Roles.ADMIN) ? "/beheer" : "/dekking";
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(localPath(back).orElse(start)));
        return response.cookie(cookie.of(sessions.start(user.get().username())));
    }

    @Post(uri = "/uitloggen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        cookie.read(request).ifPresent(sessions::end);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookie.cleared());
    }

    private static ModelAndView<Map<String, Object>> page(String back, String username, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("terug", localPath(back).orElse(""));
        model.put("gebruikersnaam", username == null ? "" : username);
        model.put("fout", error);
        return new ModelAndView<>("inloggen", model);
    }

    /** Only a path on this site ("/beheer?x=1"), never "//elders.nl" or "https://…": no open redirect. */
    static Optional<String> localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.length() > 500 || back.chars().anyMatch(ch -> ch < 0x20)) {
            return Optional.empty();
        }
        return Optional.of(back);
    }
}

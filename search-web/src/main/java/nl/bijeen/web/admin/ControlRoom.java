package nl.bijeen.web.admin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;
import nl.bijeen.web.security.Users;

/**
 * The admin's start page ({@code /beheer}): how the sources are doing at a glance, the latest admin actions, and
 * the people who may log in ({@code /beheer/gebruikers}: an admin adds professionals and other admins).
 */
@Secured(Roles.ADMIN)
@Controller("/beheer")
public class ControlRoom {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    private final Aggregator aggregator;
    private final AuditLog audit;
    private final Users users;
    private final CsrfCheck csrf;

    public ControlRoom(Aggregator aggregator, AuditLog audit, Users users, CsrfCheck csrf) {
        this.csrf = csrf;
        this.aggregator = aggregator;
        this.audit = audit;
        this.users = users;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> start(Authentication who) {
        List<SourceStatus> sources = aggregator.sources();
        Map<String, Object> model = new HashMap<>();
        model.put("who", who.getName());
        model.put("sources", sources.size());
        model.put("failing", sources.stream().filter(s -> s.consecutiveFailures() > 0).count());
        model.put("parked", sources.stream().filter(s -> s.parkedReason() != null).count());
        model.put("activities", aggregator.store().count());
        model.put("audit", audit.recent(20));
        return new ModelAndView<>("beheer/start", model);
    }

    @Get(uri = "/gebruikers", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> users() {
        return usersPage(null, null);
    }

    @Post(uri = "/gebruikers", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> addUser(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        String name = form.getOrDefault("gebruikersnaam", "").strip().toLowerCase(java.util.Locale.ROOT);
        String role = Roles.ADMIN.equals(form.get("rol")) ? Roles.ADMIN : Roles.PROFESSIONAL;
        String password = form.getOrDefault("wachtwoord", "");
        String problem = !USERNAME.matcher(name).matches()
                ? "Een gebruikersnaam heeft 3 tot 100 kleine letters, cijfers, punten, streepjes of lage streepjes."
                : users.find(name).isPresent() ? "Er is al een gebruiker " + name + "."
                : password.length() < 12 ? "Een wachtwoord heeft minstens 12 tekens." : null;
        if (problem != null) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(usersPage(problem, name));
        }
        List<String> roles = role.equals(Roles.ADMIN) ? List.of(Roles.ADMIN, Roles.PROFESSIONAL)
                : List.of(Roles.PROFESSIONAL);
        users.create(name, password, roles);
        audit.record(who.getName(), "user.add", name, String.join(",", roles));
        return HttpResponse.seeOther(URI.create("/beheer/gebruikers"));
    }

    private ModelAndView<Map<String, Object>> usersPage(String problem, String name) {
        Map<String, Object> model = new HashMap<>();
        model.put("users", users.all().stream().map(u -> Map.of("name", u.username(),
                "roles", u.roles().contains(Roles.ADMIN) ? "beheerder" : "professional",
                "disabled", u.disabled())).toList());
        model.put("fout", problem);
        model.put("gebruikersnaam", name == null ? "" : name);
        return new ModelAndView<>("beheer/gebruikers", model);
    }
}

package nl.bijeen.web.owner;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

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
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;

/**
 * {@code /beheer/aanmeldingen}: the registrations waiting for an admin, with what their preview understood. Approving
 * makes the source crawlable (enabled, due now) and crawls it at once; rejecting needs a reason, which the owner
 * sees on the management page. Both are recorded in the audit log.
 */
@Secured(Roles.ADMIN)
@Controller("/beheer/aanmeldingen")
public class RegistrationReview {

    private final Aggregator aggregator;
    private final FirstCrawl firstCrawl;
    private final AuditLog audit;
    private final CsrfCheck csrf;
    private final Clock clock;

    public RegistrationReview(Aggregator aggregator, FirstCrawl firstCrawl, AuditLog audit, CsrfCheck csrf,
                              Clock clock) {
        this.aggregator = aggregator;
        this.firstCrawl = firstCrawl;
        this.audit = audit;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> list() {
        return page(null, null);
    }

    @Post(uri = "/{id}/goedkeuren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> approve(String id, HttpRequest<?> request, Authentication who,
                                   @Body Map<String, String> form) {
        csrf.verify(request, form);
        if (!aggregator.owners().approve(id, clock.instant())) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(id, "Deze aanmelding wacht niet (meer) op"
                    + " een besluit."));
        }
        audit.record(who.getName(), "registration.approve", id, null);
        firstCrawl.soon(id);
        return HttpResponse.seeOther(URI.create("/beheer/aanmeldingen"));
    }

    @Post(uri = "/{id}/afwijzen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> reject(String id, HttpRequest<?> request, Authentication who,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form);
        String reason = form.getOrDefault("reden", "").strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, "Schrijf in een paar woorden waarom u"
                    + " afwijst (hooguit 2000 tekens); de eigenaar leest het."));
        }
        if (!aggregator.owners().reject(id, reason)) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(id, "Deze aanmelding wacht niet (meer) op"
                    + " een besluit."));
        }
        audit.record(who.getName(), "registration.reject", id, reason);
        return HttpResponse.seeOther(URI.create("/beheer/aanmeldingen"));
    }

    private ModelAndView<Map<String, Object>> page(String id, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("aanmeldingen", aggregator.owners().pending());
        model.put("fout", problem);
        model.put("foutBij", id);
        return new ModelAndView<>("beheer/aanmeldingen", model);
    }
}

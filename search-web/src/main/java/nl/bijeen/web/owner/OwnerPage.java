package nl.bijeen.web.owner;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationDecisions;
import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.role.CrawlRequests;
import nl.bijeen.web.security.CsrfCheck;

/**
 * {@code /mijn-bron/{token}}: the site owner's private management page. Whoever has the link manages the source
 * (there are no accounts); an unknown link is a plain 404. Every button is a POST form that answers with a 303 back
 * to the page and a message key ({@code melding}) the page turns into a sentence.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/mijn-bron")
public class OwnerPage {

    private final Aggregator aggregator;
    private final CrawlRequests crawls;
    private final OwnerStatusModel status;
    private final OwnerChoices choices;
    private final AuditLog audit;
    private final CsrfCheck csrf;
    private final Clock clock;
    private final OwnerOrganisations organisations;
    private final OrganisationDecisions decisions;

    public OwnerPage(Aggregator aggregator, OwnerStatusModel status, OwnerChoices choices, AuditLog audit,
                     CsrfCheck csrf, Clock clock, CrawlRequests crawls, OwnerOrganisations organisations,
                     OrganisationDecisions decisions) {
        this.organisations = organisations;
        this.decisions = decisions;
        this.crawls = crawls;
        this.aggregator = aggregator;
        this.status = status;
        this.choices = choices;
        this.audit = audit;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get(uri = "/verwijderd", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> removed() {
        return new ModelAndView<>("mijn-bron-verwijderd", new HashMap<>());
    }

    @Get(uri = "/{token}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(String token, @Nullable @QueryValue String melding) {
        return withSource(token, source -> HttpResponse.ok(new ModelAndView<>("mijn-bron",
                status.model(source, token, melding))));
    }

    @Post(uri = "/{token}/pauzeren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> pause(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return change(token, "owner.pause", s -> aggregator.owners().pause(s.id(), true) ? "gepauzeerd" : null);
    }

    @Post(uri = "/{token}/hervatten", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> resume(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return change(token, "owner.resume", s -> aggregator.owners().pause(s.id(), false) ? "hervat" : null);
    }

    @Post(uri = "/{token}/nu-ophalen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> crawlNow(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return change(token, "owner.crawl", s -> {
            if (s.approval() != OwnedSource.Approval.APPROVED) {
                return "wacht";
            }
            return crawls.crawlNow(s.id()).map(outcome -> outcome.success() ? "opgehaald" : "mislukt")
                    .orElse("ingepland");
        });
    }

    @Post(uri = "/{token}/instellingen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> defaults(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return change(token, "owner.defaults", s -> aggregator.owners().defaults(s.id(), choices.audiences(form),
                choices.themes(form), choices.wijk(form).orElse(null)) ? "opgeslagen" : null);
    }

    /** The organisation behind the site; a wrong field shows the page again with everything as typed. */
    @Post(uri = "/{token}/organisatie", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> organisation(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return withSource(token, source -> {
            OrganisationFields.Read read = OrganisationFields.read(form, source.name());
            if (read.problem() != null) {
                Map<String, Object> model = status.model(source, token, null);
                model.put("org", OrganisationFields.values(form));
                model.put("orgFout", read.problem());
                return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("mijn-bron", model));
            }
            organisations.save(source.id(), read.organiser(), source.ownerEmail(), clock.instant());
            if (source.approval() == OwnedSource.Approval.APPROVED) {
                decisions.ownerChanged(source.id()); // shown at once; a pending site's waits for its approval
            }
            audit.record("eigenaar", "owner.organisation", source.id(), read.organiser() == null ? "leeg"
                    : read.organiser().name());
            return back(token, "organisatie");
        });
    }

    @Post(uri = "/{token}/controleren", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> verify(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return change(token, "owner.verify", s -> Ownership.proven(aggregator.dryRuns(), s)
                && aggregator.owners().verified(s.id(), clock.instant()) ? "bevestigd" : "niet-bevestigd");
    }

    @Post(uri = "/{token}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> remove(String token, HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        return withSource(token, source -> {
            if (!"ja".equals(form.get("zeker"))) {
                return back(token, "bevestig");
            }
            aggregator.owners().remove(source.id(), clock.instant());
            audit.record("eigenaar", "owner.remove", source.id(), null);
            return HttpResponse.seeOther(URI.create("/mijn-bron/verwijderd"));
        });
    }

    /** Runs {@code action} on the token's source and goes back to the page with the message key it returns. */
    private HttpResponse<?> change(String token, String what, Function<OwnedSource, String> action) {
        return withSource(token, source -> {
            String message = action.apply(source);
            audit.record("eigenaar", what, source.id(), message);
            return back(token, message);
        });
    }

    private HttpResponse<?> withSource(String token, Function<OwnedSource, HttpResponse<?>> then) {
        Optional<OwnedSource> source = aggregator.owners().byToken(token);
        return source.map(then).orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND)
                .body(new ModelAndView<>("mijn-bron-onbekend", new HashMap<String, Object>())));
    }

    private static HttpResponse<?> back(String token, String message) {
        return HttpResponse.seeOther(URI.create("/mijn-bron/" + token + (message == null ? "" : "?melding=" + message)));
    }
}

package nl.bijeen.web.admin.organisation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.organisation.OrganisationDecisions;
import nl.bijeen.aggregator.organisation.OrganisationMention;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.StoreException;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;

/**
 * Reviewing organisation recognition ({@code /beheer/organisaties}): the organisations with the namings sources
 * use for them (naming, site, origin), searchable by name. An admin says two organisations are the same, splits a
 * naming off ("niet dezelfde"), undoes a decision, or corrects details. Each action needs a reason, runs the
 * recognition again at once ({@link OrganisationDecisions}) and is written to the audit log.
 */
@Secured(Roles.ADMIN)
@Controller("/beheer/organisaties")
public class OrganisationReview {

    private static final int SHOWN = 100;
    private static final String PAGE = "/beheer/organisaties";

    /** One organisation on the page, with its namings and the decisions about them. */
    public record OrganisationView(StoredOrganisation organisation, List<OrganisationMention> mentions,
                                   List<OrganisationDecisions.Decision> decisions) {

        /** The opening hours as the correction form shows them: one rule per line. */
        public String openingHoursText() {
            return String.join("\n", organisation.openingHours());
        }
    }

    private final OrganisationStore organisations;
    private final OrganisationDecisions decisions;
    private final AuditLog audit;
    private final CsrfCheck csrf;

    public OrganisationReview(OrganisationStore organisations, OrganisationDecisions decisions, AuditLog audit,
                              CsrfCheck csrf) {
        this.organisations = organisations;
        this.decisions = decisions;
        this.audit = audit;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page(@QueryValue(value = "naam", defaultValue = "") String name) {
        return view(name, null);
    }

    @Post(uri = "/samenvoegen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> merge(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        OrganisationForm f = OrganisationForm.read(form, "organisatie_a", "organisatie_b");
        String problem = f.problem() != null ? f.problem()
                : organisations.find(f.first().get()).isEmpty() || organisations.find(f.second().get()).isEmpty()
                ? "Er is geen organisatie met dat nummer." : null;
        if (problem != null) {
            return refused(problem);
        }
        decisions.mergeOrganisations(f.first().get(), f.second().get(), who.getName(), f.reason());
        audit.record(who.getName(), "organisation.merge", "organisatie " + f.first().get() + " + " + f.second().get(),
                f.reason());
        return done();
    }

    @Post(uri = "/afsplitsen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> splitOff(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        OrganisationForm f = OrganisationForm.read(form, "vermelding", null);
        if (f.problem() != null) {
            return refused(f.problem());
        }
        decisions.splitOff(f.first().get(), who.getName(), f.reason());
        audit.record(who.getName(), "organisation.split", "vermelding " + f.first().get(), f.reason());
        return done();
    }

    @Post(uri = "/terugdraaien", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> undo(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        OrganisationForm f = OrganisationForm.read(form, "vermelding_a", "vermelding_b");
        if (f.problem() != null) {
            return refused(f.problem());
        }
        decisions.undo(f.first().get(), f.second().get());
        audit.record(who.getName(), "organisation.undo", "vermelding " + f.first().get() + " + " + f.second().get(),
                f.reason());
        return done();
    }

    @Post(uri = "/corrigeren", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> correct(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        OrganisationForm f = OrganisationForm.read(form, "organisatie", null);
        CorrectionForm c = CorrectionForm.read(form);
        String problem = f.problem() != null ? f.problem() : c.problem() != null ? c.problem()
                : organisations.find(f.first().get()).isEmpty() ? "Er is geen organisatie met dat nummer." : null;
        if (problem != null) {
            return refused(problem);
        }
        try {
            decisions.correct(f.first().get(), c.edit(), who.getName());
        } catch (StoreException e) {
            return refused("Deze organisatie heeft geen vermelding meer om de correctie bij te bewaren.");
        }
        audit.record(who.getName(), "organisation.correct", "organisatie " + f.first().get(),
                f.reason() + " — " + c.edit().toJson());
        return done();
    }

    private HttpResponse<?> refused(String problem) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view("", problem));
    }

    private static HttpResponse<?> done() {
        return HttpResponse.seeOther(URI.create(PAGE));
    }

    private ModelAndView<Map<String, Object>> view(String name, String problem) {
        List<StoredOrganisation> found = organisations.searchByName(name);
        List<OrganisationView> shown = found.stream().limit(SHOWN).map(o -> new OrganisationView(o,
                organisations.mentions(o.id()), decisions.decisions(o.id()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("organisaties", shown);
        model.put("aantal", found.size());
        model.put("naam", name);
        model.put("soorten", List.of(OrganisationKind.values()));
        model.put("fout", problem);
        return new ModelAndView<>("beheer/organisaties", model);
    }
}

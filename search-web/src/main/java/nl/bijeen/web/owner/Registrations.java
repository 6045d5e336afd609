package nl.bijeen.web.owner;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.DryRunResult;
import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.aggregator.owner.OwnerSources;
import nl.bijeen.aggregator.owner.Registration;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;

/**
 * {@code /aanmelden}: a site owner pastes an address of their site, sees what Bijeen would follow and understand
 * (a preview, nothing stored), and registers it with a name, an e-mail address and consent. The source waits for
 * an admin unless auto-approval is on; the owner is sent to the private management page.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/aanmelden")
public class Registrations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Aggregator aggregator;
    private final PreviewMaker previews;
    private final OwnerThrottle throttle;
    private final OwnerProperties settings;
    private final FirstCrawl firstCrawl;
    private final AuditLog audit;
    private final CsrfCheck csrf;
    private final Clock clock;
    private final OwnerOrganisations organisations;

    public Registrations(Aggregator aggregator, PreviewMaker previews, OwnerThrottle throttle,
                         OwnerProperties settings, FirstCrawl firstCrawl, AuditLog audit, CsrfCheck csrf,
                         Clock clock, OwnerOrganisations organisations) {
        this.organisations = organisations;
        this.aggregator = aggregator;
        this.previews = previews;
        this.throttle = throttle;
        this.settings = settings;
        this.firstCrawl = firstCrawl;
        this.audit = audit;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> start() {
        return new ModelAndView<>("aanmelden", RegistrationModels.start("", null));
    }

    @Post(uri = "/voorbeeld", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> preview(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        String pasted = form.getOrDefault("adres", "");
        Optional<URI> address = PastedAddress.parse(pasted);
        if (address.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("aanmelden",
                    RegistrationModels.start(pasted, PastedAddress.NOT_AN_ADDRESS)));
        }
        if (!throttle.allow(OwnerThrottle.Kind.PREVIEW, client(request))) {
            return tooOften();
        }
        Preview preview = previews.preview(address.get());
        Optional<HttpResponse<?>> known = preview.usable() ? known(preview.feed()) : Optional.empty();
        return known.orElseGet(() -> HttpResponse.ok(new ModelAndView<>("aanmelden-voorbeeld",
                RegistrationModels.preview(preview, form, null))));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> register(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form);
        Optional<URI> feed = PastedAddress.parse(form.get("feed"));
        Optional<URI> site = PastedAddress.parse(form.get("adres"));
        OrganisationFields.Read organisation = OrganisationFields.read(form, form.get("naam"));
        String problem = feed.isEmpty() ? PastedAddress.NOT_AN_ADDRESS : problem(form);
        problem = problem != null ? problem : organisation.problem();
        if (problem != null) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("aanmelden-voorbeeld",
                    RegistrationModels.preview(null, form, problem)));
        }
        Optional<HttpResponse<?>> known = known(feed.get());
        if (known.isPresent()) {
            return known.get();
        }
        if (!throttle.allow(OwnerThrottle.Kind.REGISTRATION, client(request))) {
            return tooOften();
        }
        DryRunResult run = previews.dryRun(feed.get(), form.getOrDefault("formaat", "auto"));
        if (!run.succeeded() || run.activities().isEmpty()) {
            String why = run.succeeded() ? PreviewMaker.NOTHING_FOUND : run.error();
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                    "aanmelden-voorbeeld", RegistrationModels.preview(null, form, why)));
        }
        return registered(feed.get(), site.orElse(feed.get()), form, run, organisation);
    }

    private HttpResponse<?> registered(URI feed, URI site, Map<String, String> form, DryRunResult run,
                                       OrganisationFields.Read organisation) {
        Registration registration = new Registration(form.get("naam").strip(), form.getOrDefault("contact", "").strip(),
                form.get("email").strip(), site, feed, form.getOrDefault("formaat", "auto"), run.activities().size(),
                PreviewWarnings.of(run.activities(), run.warnings()));
        OwnerSources.Registered done = aggregator.owners().register(registration, settings.autoApprove(),
                clock.instant());
        if (done.duplicate()) {
            return alreadyKnown(done.source());
        }
        audit.record("eigenaar", "owner.register", done.source().id(), feed.toString());
        if (organisation.organiser() != null) {
            organisations.save(done.source().id(), organisation.organiser(), registration.ownerEmail(),
                    clock.instant());
        }
        if (settings.autoApprove()) {
            firstCrawl.soon(done.source().id());
        }
        return HttpResponse.seeOther(URI.create("/mijn-bron/" + done.token() + "?melding=aangemeld"));
    }

    private Optional<HttpResponse<?>> known(URI feed) {
        if (aggregator.owners().configured(feed)) {
            Map<String, Object> model = new HashMap<>();
            model.put("feed", feed.toString());
            model.put("status", "Bijeen volgt deze agenda al.");
            return Optional.of(HttpResponse.ok(new ModelAndView<>("aanmelden-bekend", model)));
        }
        return aggregator.owners().known(feed).map(this::alreadyKnown);
    }

    private HttpResponse<?> alreadyKnown(OwnedSource source) {
        Map<String, Object> model = new HashMap<>();
        model.put("feed", source.feedUrl().toString());
        model.put("status", OwnerWords.approval(source));
        return HttpResponse.ok(new ModelAndView<>("aanmelden-bekend", model));
    }

    private static String problem(Map<String, String> form) {
        String name = form.getOrDefault("naam", "").strip();
        String email = form.getOrDefault("email", "").strip();
        if (name.isEmpty() || name.length() > 300) {
            return "Vul de naam van uw organisatie of agenda in (hooguit 300 tekens).";
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            return "Vul een e-mailadres in waarop wij u kunnen bereiken, bijvoorbeeld naam@buurthuis.nl.";
        }
        if (!"ja".equals(form.get("toestemming"))) {
            return "Zet een vinkje bij de toestemming: zonder uw toestemming neemt Bijeen uw agenda niet over.";
        }
        return null;
    }

    private static HttpResponse<?> tooOften() {
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(new ModelAndView<>("aanmelden-te-vaak", new HashMap<String, Object>()));
    }

    private static String client(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}

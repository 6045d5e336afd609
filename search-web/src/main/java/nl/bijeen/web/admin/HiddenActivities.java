package nl.bijeen.web.admin;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

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
import nl.bijeen.aggregator.store.Hiding;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;

/**
 * Hiding an activity or one source item with a reason (inappropriate, spam, wrong), and showing it again
 * ({@code /beheer/verborgen}). A hidden activity leaves the search, the API and the exports (see {@link Hiding});
 * an item is hidden by splitting it off its activity first, so the rest of that activity stays.
 */
@Secured(Roles.ADMIN)
@Controller("/beheer")
public class HiddenActivities {

    private final Aggregator aggregator;
    private final Hiding hiding;
    private final AuditLog audit;
    private final CsrfCheck csrf;

    public HiddenActivities(Aggregator aggregator, DataSource dataSource, AuditLog audit, CsrfCheck csrf) {
        this.aggregator = aggregator;
        this.hiding = new Hiding(dataSource);
        this.audit = audit;
        this.csrf = csrf;
    }

    @Get(uri = "/verborgen", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page() {
        return view(null);
    }

    @Post(uri = "/verbergen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> hide(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        boolean item = form.containsKey("item") && !form.getOrDefault("item", "").isBlank();
        DecisionForm f = DecisionForm.read(form, item ? "item" : "activiteit", null);
        if (f.problem() != null) {
            return refused(f.problem());
        }
        Optional<Long> activity = item ? splitOff(f.first().get(), who.getName(), f.reason()) : f.first();
        if (activity.isEmpty() || !hiding.hide(activity.get(), who.getName(), f.reason())) {
            return refused("Er is geen zichtbare activiteit of bronitem met nummer " + f.first().get() + ".");
        }
        audit.record(who.getName(), item ? "item.hide" : "activity.hide",
                (item ? "item " : "activiteit ") + f.first().get(), f.reason());
        return HttpResponse.seeOther(URI.create("/beheer/verborgen"));
    }

    @Post(uri = "/verborgen/tonen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        DecisionForm f = DecisionForm.read(form, "activiteit", null);
        if (f.problem() != null) {
            return refused(f.problem());
        }
        if (!hiding.show(f.first().get())) {
            return refused("Activiteit " + f.first().get() + " is niet verborgen.");
        }
        audit.record(who.getName(), "activity.show", "activiteit " + f.first().get(), f.reason());
        return HttpResponse.seeOther(URI.create("/beheer/verborgen"));
    }

    /** Takes the item out of a merged activity (so only it is hidden); its activity afterwards. */
    private Optional<Long> splitOff(long itemId, String who, String reason) {
        Optional<Long> activity = hiding.activityOfItem(itemId);
        if (activity.isPresent() && aggregator.store().members(activity.get()).size() > 1) {
            aggregator.dedupe().split(itemId, who, "verborgen: " + reason);
            activity = hiding.activityOfItem(itemId);
        }
        return activity;
    }

    private HttpResponse<?> refused(String problem) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(problem));
    }

    private ModelAndView<Map<String, Object>> view(String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("hidden", hiding.all().stream().map(h -> Map.of("id", h.activityId(),
                "title", h.title() == null ? "(niet meer in de bron)" : h.title(), "reason", h.reason(),
                "by", h.hiddenBy(), "at", SourceRow.when(h.hiddenAt()))).toList());
        model.put("fout", problem);
        return new ModelAndView<>("beheer/verborgen", model);
    }
}

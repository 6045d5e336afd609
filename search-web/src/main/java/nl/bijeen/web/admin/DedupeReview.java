package nl.bijeen.web.admin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
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
import nl.bijeen.aggregator.store.ClusterMember;
import nl.bijeen.aggregator.store.ClusterReview;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;

/**
 * Reviewing deduplication ({@code /beheer/ontdubbelen}): the merged activities, least certain first, with their
 * items, scores and sources; an admin splits an item off, merges two activities or says two items are never the
 * same. Each decision needs a reason, goes through {@link Aggregator#dedupe()} and is written to the audit log.
 */
@Secured(Roles.ADMIN)
@Controller("/beheer/ontdubbelen")
public class DedupeReview {

    private static final int CLUSTERS = 50;

    /** One merged activity on the page. */
    public record ClusterView(long activityId, String title, String lowestScore, List<ClusterMember> members) {
    }

    private final Aggregator aggregator;
    private final ClusterReview review;
    private final AuditLog audit;
    private final CsrfCheck csrf;

    public DedupeReview(Aggregator aggregator, DataSource dataSource, AuditLog audit, CsrfCheck csrf) {
        this.aggregator = aggregator;
        this.review = new ClusterReview(dataSource);
        this.audit = audit;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page() {
        return view(null);
    }

    @Post(uri = "/samenvoegen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> merge(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        DecisionForm f = DecisionForm.read(form, "activiteit_a", "activiteit_b");
        Optional<ClusterMember> a = f.first().flatMap(this::firstItem);
        Optional<ClusterMember> b = f.second().flatMap(this::firstItem);
        String problem = f.problem() != null ? f.problem()
                : a.isEmpty() || b.isEmpty() ? "Er is geen zichtbare activiteit met dat nummer."
                : f.first().equals(f.second()) ? "Kies twee verschillende activiteiten." : null;
        if (problem != null) {
            return refused(problem);
        }
        aggregator.dedupe().merge(a.get().itemId(), b.get().itemId(), who.getName(), f.reason());
        audit.record(who.getName(), "dedupe.merge", "activiteit " + f.first().get() + " + " + f.second().get(),
                f.reason());
        return done();
    }

    @Post(uri = "/afsplitsen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> split(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        DecisionForm f = DecisionForm.read(form, "item", null);
        if (f.problem() != null) {
            return refused(f.problem());
        }
        try {
            aggregator.dedupe().split(f.first().get(), who.getName(), f.reason());
        } catch (IllegalArgumentException e) {
            return refused("Er is geen bronitem met nummer " + f.first().get() + ".");
        }
        audit.record(who.getName(), "dedupe.split", "item " + f.first().get(), f.reason());
        return done();
    }

    @Post(uri = "/nooit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> neverMerge(HttpRequest<?> request, Authentication who, @Body Map<String, String> form) {
        csrf.verify(request, form);
        DecisionForm f = DecisionForm.read(form, "item_a", "item_b");
        String problem = f.problem() != null ? f.problem()
                : f.first().equals(f.second()) ? "Kies twee verschillende bronitems." : null;
        if (problem != null) {
            return refused(problem);
        }
        try {
            aggregator.dedupe().neverMerge(f.first().get(), f.second().get(), who.getName(), f.reason());
        } catch (IllegalArgumentException e) {
            return refused("Een van de twee bronitems bestaat niet.");
        }
        audit.record(who.getName(), "dedupe.never", "item " + f.first().get() + " + " + f.second().get(),
                f.reason());
        return done();
    }

    private Optional<ClusterMember> firstItem(long activityId) {
        if (aggregator.store().find(activityId).isEmpty()) {
            return Optional.empty();
        }
        return aggregator.store().members(activityId).stream().findFirst();
    }

    private HttpResponse<?> refused(String problem) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(problem));
    }

    private static HttpResponse<?> done() {
        return HttpResponse.seeOther(URI.create("/beheer/ontdubbelen"));
    }

    private ModelAndView<Map<String, Object>> view(String problem) {
        List<ClusterView> clusters = review.leastCertainFirst(CLUSTERS).stream().map(c -> new ClusterView(
                c.activityId(), aggregator.store().find(c.activityId()).map(StoredActivity::draft)
                        .map(d -> d.title()).orElse("(onbekend)"),
                c.lowestScore() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", c.lowestScore()),
                aggregator.store().members(c.activityId()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("clusters", clusters);
        model.put("decisions", aggregator.dedupe().decisions().stream().limit(20).toList());
        model.put("fout", problem);
        return new ModelAndView<>("beheer/ontdubbelen", model);
    }
}

package nl.bijeen.web.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.export.ExportSource;
import nl.bijeen.web.organisation.pages.OrganisationDetail;
import nl.bijeen.web.organisation.pages.SafeLinks;

/**
 * {@code /activiteit/{id}}: one activity with all its coming dates, place, cost, wheelchair access, organiser,
 * a map, "Zet in mijn agenda" and every site it was published on. Read from the store, not the index, because
 * only the store keeps every date and the contact details.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller
public class ActivityDetailPage {

    private final Aggregator aggregator;
    private final ExportSource places;
    private final TaxonomyLabels labels;
    private final Clock clock;
    private final HttpHostResolver hosts;
    private final JsonMapper json;
    private final MapSettings map;
    private final OrganisationStore organisations;

    public ActivityDetailPage(Aggregator aggregator, ExportSource places, TaxonomyLabels labels, Clock clock,
                              HttpHostResolver hosts, JsonMapper json, MapSettings map,
                              OrganisationStore organisations) {
        this.aggregator = aggregator;
        this.places = places;
        this.labels = labels;
        this.clock = clock;
        this.hosts = hosts;
        this.json = json;
        this.map = map;
        this.organisations = organisations;
    }

    static String path(long id) {
        return "/activiteit/" + id;
    }

    @Get(uri = "/activiteit/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> show(HttpRequest<?> request, @PathVariable String id) {
        Map<String, Object> model = Pages.model(request);
        Optional<StoredActivity> stored = parseId(id).flatMap(aggregator.store()::find);
        if (stored.isEmpty()) {
            return HttpResponse.notFound(new ModelAndView<>("niet-gevonden", model));
        }
        LocalDate today = LocalDate.now(clock);
        String wijkCode = stored.get().draft().place() == null ? null : stored.get().draft().place().wijk();
        String wijkName = places.wijk(wijkCode).map(Area::name).orElse(null);
        ActivityDetail detail = ActivityDetail.of(stored.get(), today.atStartOfDay(clock.getZone()).toInstant(), today,
                wijkName, labels);
        model.put("a", detail);
        model.put("map", map);
        model.put("ics", "/export/activiteit/" + detail.id() + ".ics");
        model.put("jsonLd", EventJsonLd.of(detail, hosts.resolve(request) + path(detail.id()), json));
        // "Georganiseerd door": the organisations in the directory this activity is linked to, organisers first.
        model.put("organisations", organisations.findAll(organisations.organisationIds(detail.id())).stream()
                .map(o -> new OrganisationDetail.Link(o.name(), SafeLinks.organisationPath(o.id(), o.name())))
                .toList());
        return HttpResponse.ok(new ModelAndView<>("activiteit", model));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

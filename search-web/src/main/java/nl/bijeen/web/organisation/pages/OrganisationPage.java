package nl.bijeen.web.organisation.pages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.index.IndexedDate;
import nl.bijeen.web.organisation.search.OrganisationSearch;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.web.MapSettings;
import nl.bijeen.web.web.Pages;
import nl.bijeen.web.web.ResultView;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * {@code /organisaties/{id}-{naam}}: one organisation with its details, its coming and ongoing activities (from the
 * activity index, soonest first), the sites it publishes on and a schema.org Organization. Read from the store, so
 * the page is right as soon as the organisation changes; the name in the address is only for people, an address
 * with an old name is sent on to the current one.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/organisaties")
public class OrganisationPage {

    /** More than anyone scrolls through; the rest is in the agenda search. */
    static final int MAX_ACTIVITIES = 50;

    private final OrganisationStore organisations;
    private final OrganisationSearch search;
    private final ActivitySearch activities;
    private final Aggregator aggregator;
    private final TaxonomyLabels taxonomy;
    private final Clock clock;
    private final HttpHostResolver hosts;
    private final JsonMapper json;
    private final MapSettings map;

    public OrganisationPage(OrganisationStore organisations, OrganisationSearch search, ActivitySearch activities,
                            Aggregator aggregator, TaxonomyLabels taxonomy, Clock clock, HttpHostResolver hosts,
                            JsonMapper json, MapSettings map) {
        this.organisations = organisations;
        this.search = search;
        this.activities = activities;
        this.aggregator = aggregator;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.hosts = hosts;
        this.json = json;
        this.map = map;
    }

    /** Only addresses that start with the id: the network lists beside it are no organisation. */
    @Get(uri = "/{idAndName:[0-9].*}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String idAndName) {
        Optional<StoredOrganisation> found = id(idAndName).flatMap(organisations::find);
        if (found.isEmpty()) {
            return HttpResponse.notFound(new ModelAndView<>("organisatie-niet-gevonden", Pages.model(request)));
        }
        StoredOrganisation o = found.get();
        String path = SafeLinks.organisationPath(o.id(), o.name());
        if (!request.getPath().equals(path)) {
            return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header("Location", path);
        }
        OrganisationDetail detail = OrganisationDetail.of(o, search.labels());
        Map<String, Object> model = Pages.model(request);
        model.put("o", detail);
        model.put("activities", activitiesOf(o.id()));
        model.put("sites", sites(o.sourceIds()));
        model.put("map", map);
        model.put("jsonLd", OrganisationJsonLd.of(detail, hosts.resolve(request) + path, json));
        return HttpResponse.ok(new ModelAndView<>("organisatie", model));
    }

    /** Coming activities soonest first, then ongoing offers; activities whose dates have all passed are left out. */
    private List<ResultView> activitiesOf(long organisationId) {
        LocalDate today = LocalDate.now(clock);
        return organisations.activityIds(organisationId).stream()
                .map(activities::activity).flatMap(Optional::stream)
                .filter(a -> !a.hasFixedDate() || !a.dates().isEmpty())
                .sorted(Comparator.comparing(OrganisationPage::next))
                .limit(MAX_ACTIVITIES)
                .map(a -> ResultView.of(a, today, taxonomy)).toList();
    }

    private static Instant next(IndexedActivity a) {
        return a.dates().stream().map(IndexedDate::start).findFirst().orElse(Instant.MAX);
    }

    /** The sites that name the organisation, with their names, each linking to the site's home page. */
    private List<OrganisationDetail.Link> sites(List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        Map<String, SourceStatus> byId = aggregator.sources().stream()
                .collect(Collectors.toMap(SourceStatus::id, Function.identity(), (a, b) -> a));
        return sourceIds.stream().map(byId::get).filter(s -> s != null && s.url() != null)
                .map(s -> new OrganisationDetail.Link(s.name() == null ? s.id() : s.name(), home(s.url())))
                .filter(link -> link.href() != null).toList();
    }

    private static String home(URI url) {
        String safe = SafeLinks.web(url);
        return safe == null ? null : url.getScheme() + "://" + url.getRawAuthority() + "/";
    }

    private static Optional<Long> id(String idAndName) {
        String digits = idAndName.strip().replaceFirst("^(\\d{1,18}).*$", "$1");
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

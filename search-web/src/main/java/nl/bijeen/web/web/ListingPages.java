package nl.bijeen.web.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.connectors.geo.Area;
import nl.bijeen.connectors.model.ActivityDraft.Kind;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.web.export.ExportSource;

/**
 * Pages that list activities without a search: an organiser's ({@code /organisatie/{naam}}), a wijk's
 * ({@code /wijk/{code}}) and the three sections Agenda, Etalage and Prikbord. Same views and paging as the results.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller
public class ListingPages {

    static final int PAGE_SIZE = HomePage.PAGE_SIZE;

    private final Listings listings;
    private final ExportSource places;
    private final Aggregator aggregator;
    private final TaxonomyLabels labels;
    private final Clock clock;
    private final MapSettings map;

    public ListingPages(Listings listings, ExportSource places, Aggregator aggregator, TaxonomyLabels labels,
                        Clock clock, MapSettings map) {
        this.listings = listings;
        this.places = places;
        this.aggregator = aggregator;
        this.labels = labels;
        this.clock = clock;
        this.map = map;
    }

    static String organiserPath(String name) {
        return "/organisatie/" + URLEncoder.encode(name.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String wijkPath(String code) {
        return "/wijk/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    @Get(uri = "/organisatie/{naam}", produces = MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> organiser(HttpRequest<?> request, @PathVariable String naam,
            @Nullable @QueryValue String pagina, @Nullable @QueryValue String weergave) {
        String name = naam.strip();
        int page = HomePage.pageNumber(pagina);
        Listings.Page found = listings.organiser(name, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (found.total() == 0) {
            return notFound(request);
        }
        Map<String, Object> model = list(request, found, page, weergave, organiserPath(name));
        String shownName = found.activities().isEmpty() ? name : found.activities().getFirst().organiser();
        model.put("heading", "Activiteiten van " + shownName);
        model.put("intro", "Alles wat " + shownName + " binnenkort organiseert of doorlopend aanbiedt.");
        // Contact details are only in the store: read them from one of its activities.
        Optional<Organiser> contact = found.activities().stream().findFirst()
                .flatMap(a -> aggregator.store().find(a.id())).map(s -> s.draft().organiser());
        model.put("organiserUrl", contact.map(Organiser::url).map(ActivityDetail::web).orElse(null));
        return HttpResponse.ok(new ModelAndView<>("lijst", model));
    }

    @Get(uri = "/wijk/{code}", produces = MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> wijk(HttpRequest<?> request, @PathVariable String code,
            @Nullable @QueryValue String pagina, @Nullable @QueryValue String weergave) {
        Optional<Area> wijk = places.wijk(code);
        if (wijk.isEmpty()) {
            return notFound(request);
        }
        int page = HomePage.pageNumber(pagina);
        Listings.Page found = listings.wijk(wijk.get().code(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Object> model = list(request, found, page, weergave, wijkPath(wijk.get().code()));
        model.put("heading", "Activiteiten in " + wijk.get().name());
        model.put("intro", "Alles wat er binnenkort te doen is in de wijk " + wijk.get().name() + ".");
        model.put("poster", "/export/poster.pdf?wijk=" + URLEncoder.encode(wijk.get().name(), StandardCharsets.UTF_8));
        return HttpResponse.ok(new ModelAndView<>("lijst", model));
    }

    @Get(uri = "/agenda", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> agenda(HttpRequest<?> request, @Nullable @QueryValue String pagina,
                                                    @Nullable @QueryValue String weergave) {
        return section(request, Kind.AGENDA, pagina, weergave, "Agenda",
                "Activiteiten op een vaste dag en tijd. De eerste staan bovenaan.");
    }

    @Get(uri = "/etalage", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> etalage(HttpRequest<?> request, @Nullable @QueryValue String pagina,
                                                     @Nullable @QueryValue String weergave) {
        return section(request, Kind.ETALAGE, pagina, weergave, "Etalage",
                "Hulp, cursussen en clubs die er altijd zijn. U kunt meestal op elk moment beginnen.");
    }

    @Get(uri = "/prikbord", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> prikbord(HttpRequest<?> request, @Nullable @QueryValue String pagina,
                                                      @Nullable @QueryValue String weergave) {
        return section(request, Kind.PRIKBORD, pagina, weergave, "Prikbord",
                "Vraag en aanbod van buren en organisaties: wie zoekt hulp, wie biedt iets aan?");
    }

    private ModelAndView<Map<String, Object>> section(HttpRequest<?> request, Kind kind, String pagina,
                                                      String weergave, String heading, String intro) {
        int page = HomePage.pageNumber(pagina);
        Listings.Page found = listings.section(kind, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Object> model = list(request, found, page, weergave, "/" + heading.toLowerCase());
        model.put("heading", heading);
        model.put("intro", intro);
        return new ModelAndView<>("lijst", model);
    }

    private Map<String, Object> list(HttpRequest<?> request, Listings.Page found, int page, String weergave,
                                     String path) {
        LocalDate today = LocalDate.now(clock);
        Weergave view = Weergave.parse(weergave);
        ResultLinks links = ResultLinks.at(path);
        List<ResultView> results = found.activities().stream().map(a -> ResultView.of(a, today, labels)).toList();
        Map<String, Object> model = Pages.model(request);
        model.put("results", results);
        model.put("total", found.total());
        model.put("status", found.total() + (found.total() == 1 ? " activiteit." : " activiteiten."));
        model.put("weergave", view);
        model.put("views", links.views(page, view));
        model.put("previousPage", page > 1 ? links.page(page - 1, view) : null);
        boolean more = (long) page * PAGE_SIZE < found.total() && page < HomePage.MAX_PAGE;
        model.put("nextPage", more ? links.page(page + 1, view) : null);
        model.put("map", map);
        return model;
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> notFound(HttpRequest<?> request) {
        return HttpResponse.notFound(new ModelAndView<>("niet-gevonden", Pages.model(request)));
    }
}

package nl.bijeen.web.organisation.pages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.organisation.search.OrganisationResults;
import nl.bijeen.web.organisation.search.OrganisationSearch;
import nl.bijeen.web.web.FilterChip;
import nl.bijeen.web.web.MapSettings;
import nl.bijeen.web.web.Pages;

/**
 * {@code /organisaties}: the directory of organisations, searchable and filtered by theme, audience, wijk and kind,
 * as a list (paged) or on a map, and its network list as CSV and PDF. The whole selection is in the URL
 * ({@link DirectoryRequest}), so a list can be bookmarked, sent on, or printed as it is on the screen.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents, welfare workers and developers, no login
@Controller("/organisaties")
public class DirectoryPage {

    private final OrganisationSearch search;
    private final MapSettings map;
    private final Clock clock;

    public DirectoryPage(OrganisationSearch search, MapSettings map, Clock clock) {
        this.search = search;
        this.map = map;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> directory(HttpRequest<?> request) {
        DirectoryRequest asked = DirectoryRequest.read(request.getParameters());
        OrganisationResults found = search.search(asked.query());
        Map<String, Object> model = Pages.model(request);
        model.put("query", asked.text());
        model.put("results", found.hits().stream().map(o -> OrganisationView.of(o, search.labels())).toList());
        model.put("total", found.total());
        model.put("status", status(asked, found));
        model.put("relaxed", found.relaxed() ? "Niemand had al uw woorden samen. U ziet organisaties met een of "
                + "meer van uw woorden." : null);
        model.put("filters", DirectoryFilters.groups(asked, found.facets()));
        List<FilterChip> chips = DirectoryFilters.chips(asked, found.facets());
        model.put("chips", chips);
        model.put("filtersOpen", !chips.isEmpty());
        model.put("sortByName", asked.sort() == null ? asked.text().isEmpty()
                : asked.sort() == OrganisationQuery.Sort.NAME);
        model.put("onMap", asked.map());
        model.put("listLink", asked.link(1, false));
        model.put("mapLink", asked.link(1, true));
        model.put("map", map);
        boolean more = !asked.map() && (long) asked.page() * DirectoryRequest.PAGE_SIZE < found.total()
                && asked.page() < DirectoryRequest.MAX_PAGE;
        model.put("previousPage", !asked.map() && asked.page() > 1 ? asked.link(asked.page() - 1, false) : null);
        model.put("nextPage", more ? asked.link(asked.page() + 1, false) : null);
        model.put("csv", asked.selection().at("/organisaties/netwerklijst.csv"));
        model.put("pdf", asked.selection().at("/organisaties/netwerklijst.pdf"));
        return new ModelAndView<>("organisaties", model);
    }

    @Get(uri = "/netwerklijst.csv", produces = "text/csv")
    public HttpResponse<byte[]> csv(HttpRequest<?> request) {
        List<OrganisationView> list = networkList(DirectoryRequest.read(request.getParameters())).hits().stream()
                .map(o -> OrganisationView.of(o, search.labels())).toList();
        return download(NetworkList.csv(list).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8",
                "netwerklijst.csv");
    }

    @Get(uri = "/netwerklijst.pdf", produces = "application/pdf")
    public HttpResponse<byte[]> pdf(HttpRequest<?> request) {
        DirectoryRequest asked = DirectoryRequest.read(request.getParameters());
        OrganisationResults found = networkList(asked);
        List<OrganisationView> list = found.hits().stream().map(o -> OrganisationView.of(o, search.labels())).toList();
        String choice = DirectoryFilters.chips(asked, found.facets()).stream().map(FilterChip::label)
                .collect(Collectors.joining(", "));
        if (!asked.text().isEmpty()) {
            choice = ("gezocht op „" + asked.text() + "” " + choice).strip();
        }
        return download(NetworkList.pdf(list, choice, found.total(), clock), "application/pdf", "netwerklijst.pdf");
    }

    /** A network list is sorted by name unless asked otherwise: it is looked things up in, not read top down. */
    private OrganisationResults networkList(DirectoryRequest asked) {
        DirectoryRequest byName = asked.sort() == null ? new DirectoryRequest(asked.text(), asked.themes(),
                asked.audiences(), asked.wijken(), asked.kinds(),
                OrganisationQuery.Sort.NAME, 1, false, asked.selection()) : asked;
        return search.search(byName.query(0, NetworkList.MAX_ROWS));
    }

    private static HttpResponse<byte[]> download(byte[] body, String type, String file) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    private static String status(DirectoryRequest asked, OrganisationResults found) {
        long total = found.total();
        String count = total + (total == 1 ? " organisatie" : " organisaties");
        String line = !asked.text().isEmpty() ? count + " gevonden voor „" + asked.text() + "”."
                : asked.filtered() ? count + (total == 1 ? " past" : " passen") + " bij uw keuzes."
                : count + " in de buurt.";
        int shown = found.hits().size();
        if (asked.map() || shown == 0 || shown == total) {
            return line;
        }
        int from = (asked.page() - 1) * DirectoryRequest.PAGE_SIZE + 1;
        return line + " U ziet nummer " + from + " tot en met " + (from + shown - 1) + ".";
    }
}

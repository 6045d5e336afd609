package nl.bijeen.web.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.views.View;

import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.SearchRequest;

/**
 * Every export of a search, at {@code /export/…?q=…&theme=…} (the same parameters as the search page,
 * {@link SearchParameters}). Files meant to be
 * opened in another program are sent as downloads; the feeds and the calendar inline, so readers can subscribe.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/export")
public class ExportController {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String CSV = "text/csv; charset=utf-8";
    static final String PDF = "application/pdf";
    /** The booklet's grouping parameter: "thema" or "wijk". */
    static final String GROUPING = "groep";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final ExportSource source;
    private final Clock clock;
    private final HttpHostResolver hosts;

    public ExportController(ExportSource source, Clock clock, HttpHostResolver hosts) {
        this.source = source;
        this.clock = clock;
        this.hosts = hosts;
    }

    @Get(uri = "/agenda.ics", produces = {CALENDAR, TEXT})
    public HttpResponse<String> ical(HttpRequest<?> request) {
        SearchRequest asked = search(request);
        String subject = ExportTitle.of(asked);
        String name = subject.isEmpty() ? "Bijeen – activiteiten in de buurt" : "Bijeen – " + subject;
        return file(new ICalExport(clock).write(name, source.find(asked)), CALENDAR, "inline", "agenda.ics");
    }

    /**
     * One activity's coming dates as an agenda file ("Zet in mijn agenda" on its page): the same builder as the
     * search's agenda, so UIDs match and a later subscription does not duplicate it.
     */
    @Get(uri = "/activiteit/{id}.ics", produces = {CALENDAR, TEXT})
    public HttpResponse<String> oneActivity(@PathVariable String id) {
        Optional<ExportedActivity> activity;
        try {
            activity = source.one(Long.parseLong(id), today().atStartOfDay(clock.getZone()).toInstant());
        } catch (NumberFormatException e) {
            activity = Optional.empty();
        }
        if (activity.isEmpty()) {
            return HttpResponse.notFound("Deze activiteit bestaat niet (meer).\n").contentType(TEXT);
        }
        String ics = new ICalExport(clock).write("Bijeen – " + activity.get().title(), java.util.List.of(activity.get()));
        return file(ics, CALENDAR, "attachment", "activiteit-" + activity.get().id() + ".ics");
    }

    @Get(uri = "/activiteiten.rss", produces = {RSS, TEXT})
    public HttpResponse<String> rss(HttpRequest<?> request) {
        return feed(request, FeedExport.Format.RSS, RSS);
    }

    @Get(uri = "/activiteiten.atom", produces = {ATOM, TEXT})
    public HttpResponse<String> atom(HttpRequest<?> request) {
        return feed(request, FeedExport.Format.ATOM, ATOM);
    }

    @Get(uri = "/activiteiten.csv", produces = {CSV, TEXT})
    public HttpResponse<String> activitiesCsv(HttpRequest<?> request) {
        return file(new CsvExport(today()).activities(source.find(search(request))), CSV, "attachment",
                "activiteiten.csv");
    }

    @Get(uri = "/netwerklijst.csv", produces = {CSV, TEXT})
    public HttpResponse<String> networkCsv(HttpRequest<?> request) {
        return file(new CsvExport(today()).network(source.find(search(request))), CSV, "attachment",
                "netwerklijst.csv");
    }

    /** {@code groep}: "thema" (the default) or "wijk". */
    @Get(uri = "/boekje.pdf", produces = {PDF, TEXT})
    public HttpResponse<byte[]> booklet(HttpRequest<?> request) {
        String groep = request.getParameters().get(GROUPING);
        PdfExport.Grouping grouping = "wijk".equalsIgnoreCase(groep == null ? "" : groep.strip())
                ? PdfExport.Grouping.WIJK : PdfExport.Grouping.THEMA;
        SearchRequest asked = search(request);
        byte[] pdf = new PdfExport(today(), hosts.resolve(request))
                .booklet(ExportTitle.of(asked), grouping, source.find(asked));
        return HttpResponse.ok(pdf).contentType(PDF).header("Content-Disposition", "inline; filename=\"boekje.pdf\"");
    }

    /** A wijk's coming week on one A4 page; without a known wijk, a short Dutch answer naming the wijken. */
    @Get(uri = "/poster.pdf", produces = {PDF, TEXT})
    public HttpResponse<?> poster(HttpRequest<?> request, @Nullable @QueryValue String wijk,
                                  @Nullable @QueryValue String q) {
        Optional<Area> area = source.wijk(wijk);
        if (area.isEmpty()) {
            String names = source.wijken().stream().map(Area::name).sorted().collect(Collectors.joining(", "));
            String message = "Kies een wijk voor de poster, bijvoorbeeld /export/poster.pdf?wijk="
                    + (source.wijken().isEmpty() ? "…" : source.wijken().getFirst().name())
                    + "\nDe wijken zijn: " + (names.isEmpty() ? "(geen wijken ingesteld)" : names) + "\n";
            return HttpResponse.badRequest(message.getBytes(StandardCharsets.UTF_8)).contentType(TEXT);
        }
        SearchRequest asked = SearchRequest.builder().q(ExportSource.normalise(q)).build();
        byte[] pdf = new PdfExport(today(), hosts.resolve(request)).poster(area.get().name(), source.find(asked));
        String file = "poster-" + area.get().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + ".pdf";
        return HttpResponse.ok(pdf).contentType(PDF).header("Content-Disposition", "inline; filename=\"" + file + "\"");
    }

    /** Which wijk's poster to print: a plain page with a link per wijk, offered from the results page. */
    @Get(uri = "/posters", produces = MediaType.TEXT_HTML)
    @View("posters")
    public Map<String, Object> posters() {
        List<Map<String, String>> wijken = source.wijken().stream().map(Area::name).sorted()
                .map(name -> Map.of("name", name,
                        "link", "/export/poster.pdf?wijk=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .toList();
        return Map.of("wijken", wijken);
    }

    private HttpResponse<String> feed(HttpRequest<?> request, FeedExport.Format format, String type) {
        SearchRequest asked = search(request);
        String base = hosts.resolve(request);
        String page = base + SearchLink.of(asked).at("/");
        String self = base + request.getUri().toString();
        String subject = ExportTitle.of(asked);
        String title = subject.isEmpty() ? "Activiteiten in de buurt – Bijeen" : subject + " – Bijeen";
        List<ExportedActivity> found = source.find(asked);
        String xml = new FeedExport(today(), clock.instant()).write(format, title, self, page, found);
        return HttpResponse.ok(xml).contentType(type);
    }

    /** The search of an export: the same parameters as the page; a wrong one is refused (see {@link #refused}). */
    private static SearchRequest search(HttpRequest<?> request) {
        return SearchParameters.read(request.getParameters()::getAll).build();
    }

    /**
     * A wrong search parameter gets a plain-text Dutch answer and status 400, not a different list: a calendar or
     * feed reader that subscribed must not silently get other activities than were asked for.
     */
    @Error(exception = InvalidSearchException.class)
    HttpResponse<String> refused(InvalidSearchException e) {
        return HttpResponse.<String>badRequest(e.getMessage() + "\n").contentType(TEXT);
    }

    private static HttpResponse<String> file(String body, String type, String disposition, String name) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", disposition + "; filename=\"" + name + "\"");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

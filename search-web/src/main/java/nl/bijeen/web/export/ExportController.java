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

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.views.View;

import nl.bijeen.connectors.geo.Area;

/**
 * Every export of a search, at {@code /export/…?q=…} (the same {@code q} as the search page). Files meant to be
 * opened in another program are sent as downloads; the feeds and the calendar inline, so readers can subscribe.
 */
@Controller("/export")
public class ExportController {

    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String CSV = "text/csv; charset=utf-8";
    static final String PDF = "application/pdf";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final ExportSource source;
    private final Clock clock;
    private final HttpHostResolver hosts;

    public ExportController(ExportSource source, Clock clock, HttpHostResolver hosts) {
        this.source = source;
        this.clock = clock;
        this.hosts = hosts;
    }

    @Get(uri = "/agenda.ics", produces = CALENDAR)
    public HttpResponse<String> ical(@Nullable @QueryValue String q) {
        String query = ExportSource.normalise(q);
        String name = query.isEmpty() ? "Bijeen – activiteiten in de buurt" : "Bijeen – " + query;
        return file(new ICalExport(clock).write(name, source.find(query)), CALENDAR, "inline", "agenda.ics");
    }

    @Get(uri = "/activiteiten.rss", produces = RSS)
    public HttpResponse<String> rss(HttpRequest<?> request, @Nullable @QueryValue String q) {
        return feed(request, q, FeedExport.Format.RSS, RSS);
    }

    @Get(uri = "/activiteiten.atom", produces = ATOM)
    public HttpResponse<String> atom(HttpRequest<?> request, @Nullable @QueryValue String q) {
        return feed(request, q, FeedExport.Format.ATOM, ATOM);
    }

    @Get(uri = "/activiteiten.csv", produces = CSV)
    public HttpResponse<String> activitiesCsv(@Nullable @QueryValue String q) {
        return file(new CsvExport(today()).activities(source.find(q)), CSV, "attachment", "activiteiten.csv");
    }

    @Get(uri = "/netwerklijst.csv", produces = CSV)
    public HttpResponse<String> networkCsv(@Nullable @QueryValue String q) {
        return file(new CsvExport(today()).network(source.find(q)), CSV, "attachment", "netwerklijst.csv");
    }

    /** @param groep "thema" (the default) or "wijk" */
    @Get(uri = "/boekje.pdf", produces = PDF)
    public HttpResponse<byte[]> booklet(@Nullable @QueryValue String q, @Nullable @QueryValue String groep) {
        PdfExport.Grouping grouping = "wijk".equalsIgnoreCase(groep == null ? "" : groep.strip())
                ? PdfExport.Grouping.WIJK : PdfExport.Grouping.THEMA;
        String query = ExportSource.normalise(q);
        byte[] pdf = new PdfExport(today()).booklet(query, grouping, source.find(query));
        return HttpResponse.ok(pdf).contentType(PDF).header("Content-Disposition", "inline; filename=\"boekje.pdf\"");
    }

    /** A wijk's coming week on one A4 page; without a known wijk, a short Dutch answer naming the wijken. */
    @Get(uri = "/poster.pdf", produces = {PDF, TEXT})
    public HttpResponse<?> poster(@Nullable @QueryValue String wijk, @Nullable @QueryValue String q) {
        Optional<Area> area = source.wijk(wijk);
        if (area.isEmpty()) {
            String names = source.wijken().stream().map(Area::name).sorted().collect(Collectors.joining(", "));
            String message = "Kies een wijk voor de poster, bijvoorbeeld /export/poster.pdf?wijk="
                    + (source.wijken().isEmpty() ? "…" : source.wijken().getFirst().name())
                    + "\nDe wijken zijn: " + (names.isEmpty() ? "(geen wijken ingesteld)" : names) + "\n";
            return HttpResponse.badRequest(message.getBytes(StandardCharsets.UTF_8)).contentType(TEXT);
        }
        byte[] pdf = new PdfExport(today()).poster(area.get().name(), source.find(q));
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

    private HttpResponse<String> feed(HttpRequest<?> request, String q, FeedExport.Format format, String type) {
        String query = ExportSource.normalise(q);
        String base = hosts.resolve(request);
        String page = base + "/" + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        String self = base + request.getUri().toString();
        String title = query.isEmpty() ? "Activiteiten in de buurt – Bijeen" : query + " – Bijeen";
        List<ExportedActivity> found = source.find(query);
        String xml = new FeedExport(today(), clock.instant()).write(format, title, self, page, found);
        return HttpResponse.ok(xml).contentType(type);
    }

    private static HttpResponse<String> file(String body, String type, String disposition, String name) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", disposition + "; filename=\"" + name + "\"");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

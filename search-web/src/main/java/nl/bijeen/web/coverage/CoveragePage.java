package nl.bijeen.web.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.security.Roles;
import nl.bijeen.web.web.MapSettings;

/**
 * Coverage for welfare workers ({@code /dekking}): where and for whom there is little on offer in the coming
 * weeks, which sources may be out of date, and what residents searched for without finding it. Every table can
 * be downloaded as CSV with the same period. Reading only: nothing here changes state.
 */
@Secured(Roles.PROFESSIONAL) // welfare workers; admins have this role too
@Controller("/dekking")
public class CoveragePage {

    static final String CSV = "text/csv; charset=utf-8";

    private final Coverage coverage;
    private final StaleSources stale;
    private final DemandTable demand;
    private final WijkShapes shapes;
    private final MapSettings map;
    private final CoverageProperties settings;
    private final Clock clock;
    private final ZoneId zone;

    CoveragePage(Coverage coverage, StaleSources stale, DemandTable demand, WijkShapes shapes, MapSettings map,
                 CoverageProperties settings, Clock clock, BijeenProperties bijeen) {
        this.coverage = coverage;
        this.stale = stale;
        this.demand = demand;
        this.shapes = shapes;
        this.map = map;
        this.settings = settings;
        this.clock = clock;
        this.zone = ZoneId.of(bijeen.timeZone());
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> page(Authentication who, @Nullable @QueryValue("periode") String periode,
                                                  @Nullable @QueryValue("van") String van,
                                                  @Nullable @QueryValue("tot") String tot,
                                                  @Nullable @QueryValue("kaart") String kaart) {
        Map<String, Object> model = new HashMap<>();
        Period period = period(periode, van, tot, model);
        Coverage.Report report = coverage.of(period);
        MapChoice choice = MapChoice.parse(kaart, coverage);
        PeriodLinks links = new PeriodLinks(period, choice.value());
        model.put("who", who.getName());
        model.put("period", period);
        model.put("periodText", PeriodLinks.describe(period));
        model.put("previousText", PeriodLinks.describe(period.previous()));
        model.put("links", links);
        model.put("matrices", List.of(report.themes(), report.audiences()));
        model.put("thinBelow", settings.thinBelow());
        model.put("choice", choice);
        model.put("choices", MapChoice.all(coverage));
        model.put("mapRows", choice.rows(report));
        model.put("map", map);
        model.put("stale", stale.list(coverage));
        model.put("staleAfterDays", settings.staleAfter().toDays());
        model.put("failingAfter", settings.failingAfter());
        model.put("demand", demand.rows(coverage, today()));
        model.put("demandDays", settings.demandDays());
        model.put("unmetAtMost", settings.unmetAtMost());
        return new ModelAndView<>("dekking", model);
    }

    @Get(uri = "/thema.csv", produces = {CSV, MediaType.TEXT_HTML})
    public HttpResponse<String> themesCsv(@Nullable @QueryValue("periode") String periode,
                                          @Nullable @QueryValue("van") String van,
                                          @Nullable @QueryValue("tot") String tot) {
        return matrixCsv(Coverage.THEMES, Period.of(periode, van, tot, today()));
    }

    @Get(uri = "/doelgroep.csv", produces = {CSV, MediaType.TEXT_HTML})
    public HttpResponse<String> audiencesCsv(@Nullable @QueryValue("periode") String periode,
                                             @Nullable @QueryValue("van") String van,
                                             @Nullable @QueryValue("tot") String tot) {
        return matrixCsv(Coverage.AUDIENCES, Period.of(periode, van, tot, today()));
    }

    @Get(uri = "/kaart.csv", produces = {CSV, MediaType.TEXT_HTML})
    public HttpResponse<String> mapCsv(@Nullable @QueryValue("periode") String periode,
                                       @Nullable @QueryValue("van") String van, @Nullable @QueryValue("tot") String tot,
                                       @Nullable @QueryValue("kaart") String kaart) {
        Period period = Period.of(periode, van, tot, today());
        MapChoice choice = MapChoice.parse(kaart, coverage);
        return file(MapChoice.csv(choice, choice.rows(coverage.of(period))),
                "dekking-kaart-" + choice.value().replace(':', '-') + "-" + period.from() + "-" + period.to());
    }

    @Get(uri = "/wijken.geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML})
    public HttpResponse<Map<String, Object>> geojson(@Nullable @QueryValue("periode") String periode,
                                                     @Nullable @QueryValue("van") String van,
                                                     @Nullable @QueryValue("tot") String tot,
                                                     @Nullable @QueryValue("kaart") String kaart) {
        Period period = Period.of(periode, van, tot, today());
        MapChoice choice = MapChoice.parse(kaart, coverage);
        return HttpResponse.ok(shapes.withCounts(choice.rows(coverage.of(period))))
                .contentType("application/geo+json");
    }

    @Get(uri = "/bronnen.csv", produces = {CSV, MediaType.TEXT_HTML})
    public HttpResponse<String> staleCsv() {
        return file(StaleSources.csv(stale.list(coverage)), "dekking-verouderde-bronnen-" + today());
    }

    @Get(uri = "/zoekvraag.csv", produces = {CSV, MediaType.TEXT_HTML})
    public HttpResponse<String> demandCsv() {
        return file(DemandTable.csv(demand.rows(coverage, today())), "dekking-zoekvraag-zonder-resultaat-" + today());
    }

    /** A file or map data for a wrong period is refused: a download must never hold other days than asked. */
    @Error(exception = Period.Refused.class)
    HttpResponse<String> refused(Period.Refused e) {
        return HttpResponse.<String>badRequest(e.getMessage() + "\n").contentType(MediaType.TEXT_PLAIN);
    }

    /** The period asked for; a wrong one gives the default period and a message on the page, never an error. */
    private Period period(String periode, String van, String tot, Map<String, Object> model) {
        try {
            return Period.of(periode, van, tot, today());
        } catch (Period.Refused e) {
            model.put("problem", e.getMessage());
            return Period.defaultFor(today());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private HttpResponse<String> matrixCsv(String dimension, Period period) {
        CoverageMatrix matrix = coverage.of(period).matrix(dimension);
        return file(CoverageCsv.matrix(matrix), "dekking-" + dimension + "-" + period.from() + "-" + period.to());
    }

    private static HttpResponse<String> file(String body, String name) {
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }
}

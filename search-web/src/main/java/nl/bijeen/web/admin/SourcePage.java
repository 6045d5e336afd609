package nl.bijeen.web.admin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.DryRunResult;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceEdit;
import nl.bijeen.aggregator.source.SourceEdits;
import nl.bijeen.aggregator.source.SourcesFile;
import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.role.CrawlRequests;
import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;

/**
 * One source ({@code /beheer/bronnen/{id}}): its settings and crawl log; crawl it now, take a parked source back, and
 * edit its connector settings — first as a dry run (fetched and read now, nothing stored), then saved. A saved
 * edit is kept in {@code source_override} and wins over config/sources.yml at every start (see SourceEdits).
 */
@Secured(Roles.ADMIN)
@Controller("/beheer/bronnen/{id}")
public class SourcePage {

    private static final int LOG_LINES = 20;
    private static final int PREVIEW = 10;

    private final Aggregator aggregator;
    private final CrawlRequests crawls;
    private final SourceEdits edits;
    private final SourceForm sourceForm;
    private final AuditLog audit;
    private final CsrfCheck csrf;
    private final BijeenProperties bijeen;

    public SourcePage(Aggregator aggregator, DataSource dataSource, BijeenProperties bijeen, AuditLog audit,
                      CsrfCheck csrf, CrawlRequests crawls) {
        this.crawls = crawls;
        this.aggregator = aggregator;
        this.edits = new SourceEdits(dataSource);
        this.sourceForm = new SourceForm(Taxonomy.load(bijeen.configPath().resolve("taxonomy.yml")),
                bijeen.configPath().resolve("recipes"));
        this.audit = audit;
        this.csrf = csrf;
        this.bijeen = bijeen;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(@PathVariable String id) {
        return edits.definition(id).<HttpResponse<?>>map(d -> HttpResponse.ok(page(d, fields(d), List.of(), null)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(uri = "/ophalen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> crawlNow(HttpRequest<?> request, Authentication who, @PathVariable String id,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form);
        if (edits.definition(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        String result = crawls.crawlNow(id).map(outcome -> outcome.success() ? "gelukt" : outcome.error())
                .orElse("ingepland voor een ophaalserver");
        audit.record(who.getName(), "source.crawl", id, result);
        return HttpResponse.seeOther(URI.create("/beheer/bronnen/" + id));
    }

    @Post(uri = "/aanzetten", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> reEnable(HttpRequest<?> request, Authentication who, @PathVariable String id,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form);
        if (aggregator.reEnable(id)) {
            audit.record(who.getName(), "source.reenable", id, form.get("reden"));
        }
        return HttpResponse.seeOther(URI.create("/beheer/bronnen/" + id));
    }

    @Post(uri = "/instellingen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> edit(HttpRequest<?> request, Authentication who, @PathVariable String id,
                                @Body Map<String, String> form) {
        csrf.verify(request, form);
        Optional<SourceDefinition> current = edits.definition(id);
        if (current.isEmpty()) {
            return HttpResponse.notFound();
        }
        SourceForm.Read read = sourceForm.read(form, current.get());
        if (!read.problems().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(current.get(), form, read.problems(), null));
        }
        if (!"opslaan".equals(form.get("actie"))) {
            // a dry run: read the source now with the edited settings, store nothing, keep the form as typed
            return HttpResponse.ok(page(current.get(), form, List.of(), aggregator.dryRun(read.definition())));
        }
        edits.save(id, SourceEdit.of(read.definition(), who.getName(), Instant.now()));
        audit.record(who.getName(), "source.edit", id, describe(read.definition(), form.get("reden")));
        return HttpResponse.seeOther(URI.create("/beheer/bronnen/" + id));
    }

    /** The edit is forgotten: sources.yml decides again (at once for a source listed there). */
    @Post(uri = "/terugzetten", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> forget(HttpRequest<?> request, Authentication who, @PathVariable String id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form);
        Optional<SourceDefinition> fromFile = SourcesFile.load(bijeen.sourcesPath()).stream()
                .filter(d -> d.id().equals(id)).findFirst();
        if (edits.forget(id, fromFile)) {
            audit.record(who.getName(), "source.edit.forget", id, form.get("reden"));
        }
        return HttpResponse.seeOther(URI.create("/beheer/bronnen/" + id));
    }

    private ModelAndView<Map<String, Object>> page(SourceDefinition definition, Map<String, String> fields,
                                                   List<String> problems, DryRunResult dryRun) {
        String id = definition.id();
        Map<String, Object> model = new HashMap<>();
        model.put("source", aggregator.sources().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> SourceRow.of(s, edits.origins().get(id))).orElseThrow());
        model.put("definition", definition);
        model.put("scheduleText", scheduleText(definition.schedule()));
        Optional<SourceEdit> edit = edits.find(id);
        model.put("edit", edit.orElse(null));
        model.put("editedAtText", edit.map(e -> SourceRow.when(e.editedAt())).orElse(""));
        model.put("log", aggregator.crawlLog(id, LOG_LINES).stream().map(CrawlLogLine::of).toList());
        model.put("fields", new HashMap<>(fields));
        model.put("formats", SourceForm.FORMATS);
        model.put("recipes", sourceForm.recipes());
        model.put("audienceIds", String.join(", ", sourceForm.audienceIds()));
        model.put("themeIds", String.join(", ", sourceForm.themeIds()));
        model.put("problems", problems);
        model.put("dryRun", dryRun);
        model.put("preview", dryRun == null ? List.of()
                : dryRun.activities().stream().limit(PREVIEW).map(a -> a.title()).toList());
        return new ModelAndView<>("beheer/bron", model);
    }

    /** The form's fields as the source is set now. */
    private static Map<String, String> fields(SourceDefinition d) {
        Map<String, String> fields = new HashMap<>();
        fields.put("schema", scheduleText(d.schedule()));
        fields.put("formaat", d.format());
        fields.put("recept", d.recipe() == null ? "" : d.recipe());
        fields.put("doelgroepen", String.join(", ", d.defaultAudiences()));
        fields.put("themas", String.join(", ", d.defaultThemes()));
        fields.put("wijk", d.defaultWijk() == null ? "" : d.defaultWijk());
        fields.put("prioriteit", Integer.toString(d.priority()));
        return fields;
    }

    static String scheduleText(Duration schedule) {
        long minutes = schedule.toMinutes();
        return minutes % 1440 == 0 ? minutes / 1440 + "d" : minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    private static String describe(SourceDefinition d, String reason) {
        return "schema " + scheduleText(d.schedule()) + ", formaat " + d.format() + ", recept "
                + (d.recipe() == null ? "geen" : d.recipe()) + ", doelgroepen " + d.defaultAudiences() + ", thema's "
                + d.defaultThemes() + ", wijk " + d.defaultWijk() + ", voorrang " + d.priority()
                + (reason == null || reason.isBlank() ? "" : " — " + reason.strip());
    }
}

package nl.bijeen.web.town;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import nl.bijeen.web.security.AuditLog;
import nl.bijeen.web.security.CsrfCheck;
import nl.bijeen.web.security.Roles;
import nl.bijeen.web.web.Pages;

/**
 * {@code /beheer/over-de-stad}: an admin writes the text (Markdown) and the key contacts of each town and wijk page.
 * "Voorbeeld" shows the text as residents will see it without storing; "Opslaan" stores it and is audit-logged.
 */
@Secured(Roles.ADMIN)
@Controller("/beheer/over-de-stad")
public class TownAdmin {

    static final int MAX_TEXT = 20_000;

    /** The page being edited: its key (town or wijk code), its name and where residents see it. */
    private record Edited(String key, String name, String publicLink, String formLink) {
    }

    private final Towns towns;
    private final TownPageStore texts;
    private final AuditLog audit;
    private final CsrfCheck csrf;
    private final Clock clock;

    TownAdmin(Towns towns, TownPageStore texts, AuditLog audit, CsrfCheck csrf, Clock clock) {
        this.towns = towns;
        this.texts = texts;
        this.audit = audit;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> index() {
        Map<String, Object> model = new HashMap<>();
        model.put("steden", towns.all());
        return new ModelAndView<>("beheer/over-de-stad", model);
    }

    @Get(uri = "/{town}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> editTown(HttpRequest<?> request, String town, @Nullable @QueryValue String opgeslagen) {
        return edited(town, null).<HttpResponse<?>>map(e -> HttpResponse.ok(stored(e, opgeslagen)))
                .orElseGet(() -> notFound(request));
    }

    @Get(uri = "/{town}/{wijk}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> editWijk(HttpRequest<?> request, String town, String wijk,
                                    @Nullable @QueryValue String opgeslagen) {
        return edited(town, wijk).<HttpResponse<?>>map(e -> HttpResponse.ok(stored(e, opgeslagen)))
                .orElseGet(() -> notFound(request));
    }

    @Post(uri = "/{town}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> saveTown(HttpRequest<?> request, Authentication who, String town,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form);
        return edited(town, null).<HttpResponse<?>>map(e -> save(e, who, form)).orElseGet(() -> notFound(request));
    }

    @Post(uri = "/{town}/{wijk}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> saveWijk(HttpRequest<?> request, Authentication who, String town, String wijk,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form);
        return edited(town, wijk).<HttpResponse<?>>map(e -> save(e, who, form)).orElseGet(() -> notFound(request));
    }

    private HttpResponse<?> save(Edited page, Authentication who, Map<String, String> form) {
        String markdown = form.getOrDefault("tekst", "").replace("\r\n", "\n").strip();
        ContactRows.Read contacts = ContactRows.read(form);
        String problem = markdown.length() > MAX_TEXT
                ? "De tekst is te lang: hooguit " + MAX_TEXT + " tekens." : contacts.problem();
        boolean preview = "voorbeeld".equals(form.get("actie"));
        if (problem != null || preview) {
            Map<String, Object> model = form(page, markdown, contacts.rows());
            model.put("fout", problem);
            model.put("voorbeeld", preview ? MarkdownText.html(markdown) : null);
            return HttpResponse.status(problem == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("beheer/over-de-stad-bewerken", model));
        }
        texts.save(page.key(), markdown, contacts.contacts(), who.getName(), clock.instant());
        audit.record(who.getName(), "town.edit", page.key(), contacts.contacts().size() + " contacten");
        return HttpResponse.seeOther(URI.create(page.formLink() + "?opgeslagen=ja"));
    }

    private ModelAndView<Map<String, Object>> stored(Edited page, String saved) {
        TownText text = texts.read(page.key());
        Map<String, Object> model = form(page, text.markdown(), ContactRows.of(text.contacts()));
        model.put("bewerktDoor", text.editedBy());
        model.put("opgeslagen", "ja".equals(saved));
        return new ModelAndView<>("beheer/over-de-stad-bewerken", model);
    }

    private static Map<String, Object> form(Edited page, String markdown, List<Map<String, String>> rows) {
        Map<String, Object> model = new HashMap<>();
        model.put("naam", page.name());
        model.put("openbaar", page.publicLink());
        model.put("actie", page.formLink());
        model.put("tekst", markdown);
        model.put("contacten", rows);
        return model;
    }

    private Optional<Edited> edited(String townSlug, String wijkSlug) {
        Optional<Town> town = towns.bySlug(townSlug);
        if (wijkSlug == null) {
            return town.map(t -> new Edited(t.code(), t.name(), t.link(), "/beheer" + t.link()));
        }
        return town.flatMap(t -> t.wijk(wijkSlug).map(w -> new Edited(w.code(), w.name() + " (" + t.name() + ")",
                t.link(w), "/beheer" + t.link(w))));
    }

    private static HttpResponse<?> notFound(HttpRequest<?> request) {
        return HttpResponse.notFound(new ModelAndView<>("niet-gevonden", Pages.model(request)));
    }
}

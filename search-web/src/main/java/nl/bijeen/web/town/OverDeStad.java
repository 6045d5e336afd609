package nl.bijeen.web.town;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import nl.bijeen.web.web.Pages;

/**
 * {@code /over-de-stad}: a page per town and per wijk with what an admin wrote about it, its key contacts and live
 * numbers from the store. A page nobody wrote yet still shows its numbers.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/over-de-stad")
public class OverDeStad {

    private final Towns towns;
    private final TownPageModel pages;

    OverDeStad(Towns towns, TownPageModel pages) {
        this.towns = towns;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> index() {
        Map<String, Object> model = new HashMap<>();
        model.put("steden", towns.all());
        return new ModelAndView<>("over-de-stad", model);
    }

    @Get(uri = "/{town}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> town(HttpRequest<?> request, String town) {
        return towns.bySlug(town).<HttpResponse<?>>map(t -> HttpResponse.ok(
                new ModelAndView<>("over-de-stad-pagina", pages.town(t)))).orElseGet(() -> notFound(request));
    }

    @Get(uri = "/{town}/{wijk}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> wijk(HttpRequest<?> request, String town, String wijk) {
        Optional<Town> found = towns.bySlug(town);
        Optional<Town.Wijk> its = found.flatMap(t -> t.wijk(wijk));
        return its.<HttpResponse<?>>map(w -> HttpResponse.ok(new ModelAndView<>("over-de-stad-pagina",
                pages.wijk(found.get(), w)))).orElseGet(() -> notFound(request));
    }

    private static HttpResponse<?> notFound(HttpRequest<?> request) {
        return HttpResponse.notFound(new ModelAndView<>("niet-gevonden", Pages.model(request)));
    }
}

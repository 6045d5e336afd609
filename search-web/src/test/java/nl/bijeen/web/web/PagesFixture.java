package nl.bijeen.web.web;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaApp;

/** The application over the test agenda ({@link AgendaApp}, hostile item included); subclasses read its pages. */
abstract class PagesFixture extends AgendaApp {

    @Inject
    ActivitySearch search;

    PagesFixture() {
        super("pages");
    }

    int status(String path) {
        try {
            return get(path).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** Our page of the activity with this title (the hostile one: a title that starts with it). */
    String pageOf(String titleStart) {
        return search.search("", 0, 50).activities().stream().filter(a -> a.title().startsWith(titleStart))
                .findFirst().map(a -> "/activiteit/" + a.id()).orElseThrow();
    }
}

package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;
import nl.bijeen.web.support.AgendaApp;
import nl.bijeen.web.support.AgendaServer;

/**
 * The whole path from an organiser's agenda to the public API: crawl → store → change sequence → index → search.
 * The organiser adds, renames and removes an activity; each change reaches search through the change sequence
 * (a removal once the activity has been missing from two crawls in a row).
 */
@MicronautTest
class ChangeSequenceDrivesIndexTest extends AgendaApp {

    ChangeSequenceDrivesIndexTest() {
        super("changes");
    }

    /** The plain agenda (coffee morning and card game); the tests publish its later versions themselves. */
    @Override
    protected String fixture() {
        return AgendaServer.WITH_COFFEE;
    }

    @Test
    void addedRenamedAndRemovedActivitiesReachSearchThroughTheChangeSequence() {
        agenda.publish(AgendaServer.WITH_COFFEE, "Koffieochtend in De Kern");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).containsExactly("Koffieochtend in De Kern");
        assertThat(titlesFound("klaverjassen")).containsExactly("Klaverjassen");

        agenda.publish(AgendaServer.WITH_COFFEE, "Koffie-inloop met de wijkagent");
        crawlAndWaitForIndex();
        assertThat(titlesFound("wijkagent")).containsExactly("Koffie-inloop met de wijkagent");
        // The old title is gone; a search for it may still relax to other coffee activities (any part of the word).
        assertThat(titlesFound("koffieochtend")).doesNotContain("Koffieochtend in De Kern");

        agenda.publish(AgendaServer.WITHOUT_COFFEE, "");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).as("missing from one crawl: kept, a source may hiccup")
                .containsExactly("Koffie-inloop met de wijkagent");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).as("missing from two crawls in a row: gone").isEmpty();
        assertThat(titlesFound("klaverjassen")).containsExactly("Klaverjassen");
    }

    @Test
    void foundActivitiesLinkToTheOrganisersOwnPage() {
        crawlAndWaitForIndex();
        ActivitiesResponse response = search("klaverjassen");
        ActivityJson found = response.activities().getFirst();
        assertThat(found.url()).isEqualTo("https://dekern.example/agenda/klaverjassen");
        assertThat(found.source().id()).isEqualTo(SOURCE);
        assertThat(found.start()).isNotNull();
        assertThat(found.dates()).isNotEmpty();
    }

    private java.util.List<String> titlesFound(String q) {
        return search(q).activities().stream().map(ActivityJson::title).toList();
    }

    private ActivitiesResponse search(String q) {
        String uri = UriBuilder.of("/api/activities").queryParam("q", q).build().toString();
        return http.toBlocking().retrieve(uri, ActivitiesResponse.class);
    }
}

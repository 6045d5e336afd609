package nl.bijeen.web.wijkwebsites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.owner.OwnerSources;
import nl.bijeen.aggregator.owner.Registration;
import nl.bijeen.web.export.ExportSource;
import nl.bijeen.web.support.StaffApp;

/**
 * /wijkwebsites over real HTTP with a real store: the configured test agenda (crawled) and sites registered by their
 * owners, which count only once approved and not after they are removed.
 */
@MicronautTest
class WijkWebsitesTest extends StaffApp {

    @Inject
    ExportSource places;

    WijkWebsitesTest() {
        super("wijkwebsites");
    }

    @Test
    void theCrawledAgendaIsListedWithWhatItPublishesItsLiveActivitiesAndALinkToTheSite() {
        int live = aggregator.store().findBySource(SOURCE).size();
        String origin = "http://127.0.0.1:" + agenda.agendaUri().getPort() + "/";

        String page = text("/wijkwebsites");

        assertThat(live).isPositive();
        assertThat(page).contains("Buurthuis De Kern — agenda").contains("agenda (iCal)")
                .contains("<span class=\"count\">" + live + "</span>")
                .contains("vandaag bijgewerkt")
                .contains("href=\"" + origin + "\"")
                .contains(WijkWebsitesPage.NO_WIJK)
                .contains("href=\"/aanmelden\"");
    }

    @Test
    void anOwnersSiteCountsOnceApprovedUnderItsWijkAndNotAfterItIsRemoved() {
        String wijk = places.wijk("Rijnsburg").orElseThrow().code();
        OwnerSources owners = aggregator.owners();
        OwnerSources.Registered site = owners.register(new Registration("Dorpshuis Rijnsburg", "Piet",
                "piet@dorpshuis.example", URI.create("https://www.dorpshuis-rijnsburg.example/"),
                URI.create("https://www.dorpshuis-rijnsburg.example/agenda.ics"), "ical", 4, List.of()),
                false, Instant.now());

        String pending = text("/wijkwebsites");
        owners.approve(site.source().id(), Instant.now());
        owners.defaults(site.source().id(), List.of(), List.of(), wijk);
        String approved = text("/wijkwebsites");
        String filtered = text("/wijkwebsites?wijk=" + wijk);
        owners.remove(site.source().id(), Instant.now());
        String removed = text("/wijkwebsites");

        assertThat(pending).doesNotContain("Dorpshuis Rijnsburg");
        assertThat(approved).contains("Dorpshuis Rijnsburg").contains("nog niet bijgewerkt")
                .contains("href=\"https://www.dorpshuis-rijnsburg.example/\"")
                .contains("dorpshuis-rijnsburg.example");
        assertThat(approved.indexOf(">Rijnsburg</h2>")).as("grouped under its wijk").isPositive()
                .isLessThan(approved.indexOf("Dorpshuis Rijnsburg"));
        assertThat(filtered).contains("Dorpshuis Rijnsburg").doesNotContain("Buurthuis De Kern — agenda")
                .contains("aria-current=\"page\"");
        assertThat(removed).doesNotContain("Dorpshuis Rijnsburg");
    }
}

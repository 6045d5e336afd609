package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorldValidationTest {

    private static String problemsOf(String file) {
        try {
            DemoWorld.loadFile(DemoFixtures.resource(file));
        } catch (DemoWorldException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void unknownSiteInPublishedOnIsNamedWithItsActivity() {
        assertThat(problemsOf("bad-world.yml"))
                .contains("activity 'onbekende-site': publishedOn names unknown site 'bestaat-niet'");
    }

    @Test
    void badSchedulesAreNamedWithTheirActivityAndExplained() {
        assertThat(problemsOf("bad-world.yml"))
                .contains("activity 'slechte-dag': bad schedule: unknown day 'dinsdg'")
                .contains("activity 'eind-voor-begin': bad schedule: time range '12:00-10:00'")
                .contains("activity 'rare-prijs': bad schedule: week of the month '5' must be 1-4 or laatste");
    }

    @Test
    void ongoingActivityOnACalendarSiteIsRefused() {
        assertThat(problemsOf("bad-world.yml"))
                .contains("activity 'doorlopend-in-ical': is ongoing (no date) but published on ical site 'goed'");
    }

    @Test
    void sitesAndPlacesOutsideKatwijkAreRefused() {
        assertThat(problemsOf("bad-world.yml"))
                .contains("site 'verkeerde-wijk': 'WK030701' is not a wijk code of Katwijk")
                .contains("site 'raar-formaat': unknown format 'pdf'")
                .contains("place 'amsterdam': coordinates 52.373, 4.893 are not in Katwijk");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problemsOf("bad-world.yml"))
                .contains("activity 'rare-prijs': cost '2 euro'")
                .contains("activity 'onbekende-plek': place 'nergens' is not one of the places")
                .contains("has 10 problem(s)");
    }

    @Test
    void recipeSitesServeHtmlAndABuurthuisListFitsTheRecipesPages(@TempDir Path dir) throws Exception {
        StringBuilder world = new StringBuilder("""
                sites:
                  - {id: zuid, name: Zuid, kind: buurthuis, wijk: WK053705, format: recipe-buurthuis, feed: agenda.php, publisher: zuid}
                  - {id: bieb, name: Bieb, kind: bibliotheek, wijk: WK053701, format: recipe-bibliotheek, feed: agenda.html, publisher: bieb}
                organisations:
                  - {id: zuid, name: Zuid, kind: buurthuis, email: zuid@example.org, wijk: WK053705}
                  - {id: bieb, name: Bieb, kind: bibliotheek, email: bieb@example.org, wijk: WK053701}
                places:
                  - {id: kern, name: De Kern, street: Westerbaan 92, postcode: 2222 AH, town: Katwijk, wijk: WK053702, lat: 52.2010, lon: 4.4320}
                activities:
                  - {id: doorlopend, title: T, description: D, place: kern, audiences: [iedereen], themes: [spel], cost: gratis, schedule: ongoing, publishedOn: [bieb]}
                """);
        for (int i = 1; i <= 11; i++) {
            world.append("  - {id: a").append(i).append(", title: T, description: D, place: kern, audiences: [iedereen],")
                    .append(" themes: [spel], cost: gratis, schedule: weekly dinsdag 10:00-12:00, publishedOn: [zuid]}\n");
        }
        Path file = Files.writeString(dir.resolve("world.yml"), world);
        assertThatThrownBy(() -> DemoWorld.loadFile(file)).isInstanceOf(DemoWorldException.class)
                .hasMessageContaining("site 'zuid': feed path 'agenda.php' of a recipe site must be an .html page")
                .hasMessageContaining("site 'zuid': publishes 11 activities, but its recipe reads at most 10 (5 pages of 8 dates)")
                .hasMessageContaining("activity 'doorlopend': is ongoing (no date) but published on recipe-bibliotheek site 'bieb'");
    }

    @Test
    void aBadOrganisationOrAReferenceToAnUnknownOneStopsLoadingWithItsName() {
        assertThat(problemsOf("bad-organisations-world.yml"))
                .contains("activity 'door-onbekende': organiser 'niemand' is not one of the organisations")
                .contains("site 'zonder': publisher 'wie-dan' is not one of the organisations")
                .contains("organisation 'rare-soort': kind 'kroeg' is not one of welzijn, vereniging")
                .contains("organisation 'onbereikbaar': needs a url or an email")
                .contains("organisation 'slechte-uren': opening hours 'ma-vr 9-17' must look like 'Mo-Fr 09:00-17:00'")
                .contains("organisation 'nergens': place 'bestaat-niet' is not one of the places")
                .contains("organisation 'verwisseld': distinctFrom names unknown organisation 'onbekend'")
                .contains("activity 'lege-naam': has a blank organiser name in its variant for 'kal'");
    }

    @Test
    void misspelledFieldIsReportedWithItsPosition() {
        assertThat(problemsOf("typo-world.yml")).contains("titel").contains("line: 5");
    }

    @Test
    void missingFileIsReportedPlainly() {
        assertThatThrownBy(() -> DemoWorld.load(Path.of("/does/not/exist")))
                .isInstanceOf(DemoWorldException.class)
                .hasMessageContaining("cannot read the demo world /does/not/exist/demo/world.yml");
    }
}

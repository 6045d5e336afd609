package nl.bijeen.web.town;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.web.owner.OwnerOrganisations;
import nl.bijeen.web.wijkwebsites.NeighbourhoodSites;
import nl.bijeen.web.wijkwebsites.Site;

/**
 * The plain SQL of the town pages, the wijkwebsites and the owner's organisation on each database Bijeen runs on
 * (H2 and PostgreSQL), over the real migrations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TownStoreSpec {

    private TestDatabase db;
    private TownPageStore pages;
    private NeighbourhoodSites sites;
    private OwnerOrganisations organisations;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        pages = new TownPageStore(db.dataSource());
        sites = new NeighbourhoodSites(db.dataSource());
        organisations = new OwnerOrganisations(db.dataSource());
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.execute("DELETE FROM town_contact");
        db.execute("DELETE FROM town_page");
        db.execute("DELETE FROM source_organisation");
        db.emptyStore();
    }

    @Test
    void aPageTextAndItsContactsAreStoredAndReplacedWhole() {
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        pages.save("GM0537", "## Welkom", List.of(new Contact("Welzijnsloket", "Hulp", "071 123 45 67",
                "loket@katwijk.example", "https://loket.example/", 42L), new Contact("Bibliotheek", null, null, null,
                null, null)), "beheerder", at);
        pages.save("WK053701", "Andere wijk", List.of(), "beheerder", at);
        pages.save("GM0537", "## Opnieuw", List.of(new Contact("Buurtteam", null, null, null, null, null)),
                "tweede", at.plusSeconds(60));

        TownText town = pages.read("GM0537");

        assertThat(town.markdown()).isEqualTo("## Opnieuw");
        assertThat(town.editedBy()).isEqualTo("tweede");
        assertThat(town.editedAt()).isEqualTo(at.plusSeconds(60));
        assertThat(town.contacts()).extracting(Contact::name).containsExactly("Buurtteam");
        assertThat(pages.read("WK053701").markdown()).isEqualTo("Andere wijk");
        assertThat(pages.read("WK053799")).isEqualTo(TownText.NONE);
    }

    @Test
    void contactsKeepTheirOrderAndEveryPart() {
        List<Contact> contacts = List.of(new Contact("Eerste", "Rol", "071 1", "a@b.example", "https://a.example/",
                7L), new Contact("Tweede", null, null, null, null, null));
        pages.save("GM0537", "", contacts, "beheerder", Instant.now());

        assertThat(pages.read("GM0537").contacts()).isEqualTo(contacts);
    }

    @Test
    void onlySwitchedOnApprovedUnparkedSourcesAreNeighbourhoodSites() {
        new SourceRegistry(db.dataSource()).sync(List.of(source("config-site"), source("parked-site"),
                source("pending-site"), source("approved-site"), source("removed-site")), Instant.now());
        db.execute("UPDATE source SET parked_reason = 'te vaak mislukt' WHERE id = 'parked-site'");
        db.execute("UPDATE source SET approval = 'pending', enabled = FALSE WHERE id = 'pending-site'");
        db.execute("UPDATE source SET approval = 'approved', site_url = 'https://approved-site.example/home',"
                + " default_wijk = 'WK053701' WHERE id = 'approved-site'");
        db.execute("UPDATE source SET removed_at = CURRENT_TIMESTAMP, enabled = FALSE WHERE id = 'removed-site'");

        List<Site> members = sites.all();

        assertThat(members).extracting(Site::id).containsExactly("approved-site", "config-site");
        Site approved = members.get(0);
        assertThat(approved.home()).isEqualTo(URI.create("https://approved-site.example/home"));
        assertThat(approved.wijk()).isEqualTo("WK053701");
        assertThat(approved.live()).isZero();
        assertThat(members.get(1).home()).isEqualTo(URI.create("https://config-site.example/"));
    }

    @Test
    void theOwnersOrganisationIsStoredReplacedAndRemoved() {
        new SourceRegistry(db.dataSource()).sync(List.of(source("eigen-site")), Instant.now());
        Organiser first = new Organiser("Stichting Eigen", "https://eigen.example", "info@eigen.example",
                "071 555 00 00", new Place(null, "Dorpsstraat 1, Rijnsburg", null, null), "Wij doen veel.", null,
                List.of(), "buurthuis", null);

        organisations.save("eigen-site", first, "anna@eigen.example", Instant.now());
        Organiser stored = organisations.find("eigen-site").orElseThrow();
        organisations.save("eigen-site", new Organiser("Stichting Eigen en Co", null, null), "anna", Instant.now());
        Organiser replaced = organisations.find("eigen-site").orElseThrow();
        organisations.save("eigen-site", null, "anna", Instant.now());

        assertThat(stored).isEqualTo(first);
        assertThat(replaced.name()).isEqualTo("Stichting Eigen en Co");
        assertThat(organisations.find("eigen-site")).isEmpty();
    }

    private static SourceDefinition source(String id) {
        return new SourceDefinition(id, id, URI.create("https://" + id + ".example/agenda.ics"), "ical",
                Duration.ofHours(1));
    }
}

package nl.bijeen.aggregator.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;

class OrganisationStoreReadsWhatWasStoredTest {

    private final H2TestDatabase database = migrated(new H2TestDatabase());

    private static H2TestDatabase migrated(H2TestDatabase database) {
        StoreMigrations.migrate(database.dataSource());
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storedOrganisationReadsBackEqualAndItsChangesFollowTheSequence() {
        StoredOrganisation library = new StoredOrganisation(7, "Bibliotheek Duin en Rijn",
                List.of("Bibliotheek Katwijk"), OrganisationKind.BIBLIOTHEEK, "Boeken en meer",
                List.of("leren"), List.of("senioren"), List.of("WK053705"),
                new Place("Bibliotheek", "Zeeweg 1, 2221 AA Katwijk", 52.2, 4.4, "WK053705", null), "071-1234567",
                "info@bieb.example", URI.create("https://bieb.example"), List.of("Mo-Fr 10:00-17:00"),
                URI.create("https://bieb.example/logo.png"), true, List.of("bieb"), 0, null, null);
        OrganisationRows.put(database.dataSource(), library, List.of());

        OrganisationStore store = new OrganisationStore(database.dataSource());
        StoredOrganisation read = store.find(7).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("firstSeen", "updatedAt").isEqualTo(library);
        List<Change> changes = new ActivityStore(database.dataSource()).changesAfter(0, 10);
        assertThat(changes).extracting(Change::entity, Change::entityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Entity.ORGANISATION, 7L, Change.Op.INSERT));

        OrganisationRows.remove(database.dataSource(), 7);
        assertThat(store.find(7)).isEmpty();
        assertThat(store.live()).isEmpty();
    }
}

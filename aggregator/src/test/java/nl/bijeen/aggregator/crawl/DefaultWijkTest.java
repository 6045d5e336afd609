package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.support.Drafts;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;

class DefaultWijkTest {

    private static final String WIJK = "WK053701";
    private static final ActivityDraft DRAFT = Drafts.weekly("kern", "koffie", "Koffieochtend", 1);

    @Test
    void aPlaceWithoutWijkKeepsItsNameAddressAndCoordinatesAndGainsTheDefault() {
        ActivityDraft applied = DefaultWijk.apply(DRAFT, WIJK);

        assertThat(applied.place()).isEqualTo(new Place("Buurthuis De Kern", "Zeeweg 12, 2221 AB Katwijk", 52.2031,
                4.3986, WIJK, null));
    }

    @Test
    void aWijkFoundByLocatingWins() {
        Place located = new Place("Buurthuis De Kern", null, 52.2, 4.4, "WK053702", "BU05370201");

        assertThat(DefaultWijk.apply(DRAFT.withPlace(located), WIJK).place()).isEqualTo(located);
    }

    @Test
    void anActivityWithoutAPlaceGetsAPlaceThatIsOnlyTheWijk() {
        assertThat(DefaultWijk.apply(DRAFT.withPlace(null), WIJK).place())
                .isEqualTo(new Place(null, null, null, null, WIJK, null));
    }

    @Test
    void anOnlineActivityStaysInNoWijk() {
        Place online = new Place("Online", null, null, null);

        assertThat(DefaultWijk.apply(DRAFT.withPlace(online), WIJK).place()).isEqualTo(online);
    }

    @Test
    void withoutADefaultNothingChanges() {
        assertThat(DefaultWijk.apply(DRAFT, null)).isSameAs(DRAFT);
    }
}

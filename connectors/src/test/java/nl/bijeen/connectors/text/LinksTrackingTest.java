package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class LinksTrackingTest {

    private static final URI BASE = URI.create("https://www.example.nl/agenda/");

    @Test
    void campaignAndClickParametersAreDroppedAndTheRestOfTheQueryKeptInOrder() {
        assertThat(Links.absolute("/activiteit?id=12&utm_source=nieuwsbrief&utm_medium=email&pagina=2&fbclid=IwAR0&gclid=Cj0", BASE))
                .isEqualTo(URI.create("https://www.example.nl/activiteit?id=12&pagina=2"));
    }

    @Test
    void aQueryOfOnlyTrackersDisappearsWithItsQuestionMarkButTheFragmentStays() {
        assertThat(Links.absolute("https://www.example.nl/a?mc_cid=1&mc_eid=2&_ga=2.1&igshid=x&ref_src=twsrc#aanmelden", BASE))
                .isEqualTo(URI.create("https://www.example.nl/a#aanmelden"));
    }

    @Test
    void namesAreMatchedWithoutRegardToCaseAndEncodedValuesKeepTheirEncoding() {
        assertThat(Links.absolute("https://www.example.nl/zoek?q=koffie%20ochtend&UTM_Campaign=lente&wijk=noord%2Foost", BASE))
                .isEqualTo(URI.create("https://www.example.nl/zoek?q=koffie%20ochtend&wijk=noord%2Foost"));
    }

    @Test
    void parametersThatOnlyLookLikeTrackersAreKept() {
        assertThat(Links.absolute("https://www.example.nl/a?utm=1&ref=home&source=rss&gclid_extra=1", BASE))
                .isEqualTo(URI.create("https://www.example.nl/a?utm=1&ref=home&source=rss&gclid_extra=1"));
    }

    @Test
    void aLinkWithoutQueryIsUnchanged() {
        URI plain = URI.create("https://www.example.nl/agenda/markt#kaart");
        assertThat(Links.withoutTracking(plain)).isSameAs(plain);
        assertThat(Links.withoutTracking(URI.create("https://www.example.nl/a?"))).isEqualTo(URI.create("https://www.example.nl/a"));
    }
}

package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Address lines as Dutch sources write them, and the cache keys made of them. */
class AddressLineTest {

    @Test
    void streetNumberPostcodeAndTownAreRead() {
        assertThat(AddressLine.parse("Voorstraat 84, 2225 ER  Katwijk"))
                .isEqualTo(new AddressLine("Voorstraat 84, 2225 ER Katwijk", "84", "2225ER", "Katwijk"));
    }

    @Test
    void aHouseLetterAndALowerCasePostcodeAreUnderstood() {
        assertThat(AddressLine.parse("Lange Kerkstraat 3a 2231cs Rijnsburg"))
                .isEqualTo(new AddressLine("Lange Kerkstraat 3a 2231cs Rijnsburg", "3", "2231CS", "Rijnsburg"));
    }

    @Test
    void withoutPostcodeTheTownIsTheLastPart() {
        assertThat(AddressLine.parse("Hoofdweg 45, Valkenburg"))
                .isEqualTo(new AddressLine("Hoofdweg 45, Valkenburg", "45", null, "Valkenburg"));
    }

    @Test
    void aNameAloneHasNothingToGeocode() {
        assertThat(AddressLine.parse("Buurthuis De Kern"))
                .isEqualTo(new AddressLine("Buurthuis De Kern", null, null, null));
        assertThat(PdokQuery.plan(AddressLine.parse("Buurthuis De Kern"))).isEmpty();
    }

    @Test
    void theSameAddressWrittenDifferentlyHasOneKey() {
        assertThat(AddressKey.of("Voorstraat 84, 2225 ER  Katwijk")).contains("voorstraat 84 2225er katwijk");
        assertThat(AddressKey.of("VOORSTRAAT 84 2225ER katwijk.")).contains("voorstraat 84 2225er katwijk");
        assertThat(AddressKey.of("Café 't Hoekje, Zeeweg 2")).contains("cafe t hoekje zeeweg 2");
        assertThat(AddressKey.of(" , ")).isEmpty();
    }
}

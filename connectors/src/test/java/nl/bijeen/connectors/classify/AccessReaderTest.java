package nl.bijeen.connectors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessReaderTest {

    @Test
    void statedAccessIsTrue() {
        assertThat(AccessReader.wheelchairAccessible("De zaal is rolstoeltoegankelijk.")).isTrue();
        assertThat(AccessReader.wheelchairAccessible("Het gebouw is toegankelijk voor rolstoelen.")).isTrue();
        assertThat(AccessReader.wheelchairAccessible("Goed bereikbaar met een rolstoel, er is een lift.")).isTrue();
        assertThat(AccessReader.wheelchairAccessible("Rolstoel-toegankelijk")).isTrue();
    }

    @Test
    void statedLackOfAccessIsFalse() {
        assertThat(AccessReader.wheelchairAccessible("De zaal is helaas niet rolstoeltoegankelijk.")).isFalse();
        assertThat(AccessReader.wheelchairAccessible("Niet toegankelijk voor rolstoelgebruikers")).isFalse();
        assertThat(AccessReader.wheelchairAccessible("Rolstoeltoegankelijk: nee")).isFalse();
        assertThat(AccessReader.wheelchairAccessible("Eerste verdieping, geen lift aanwezig.")).isFalse();
    }

    @Test
    void aNoWinsOverAYesInTheSameText() {
        assertThat(AccessReader.wheelchairAccessible(
                "De benedenzaal is rolstoeltoegankelijk, de bovenzaal niet toegankelijk voor rolstoelen.")).isFalse();
    }

    @Test
    void nothingSaidIsUnknown() {
        assertThat(AccessReader.wheelchairAccessible("Koffieochtend in de Schakel")).isNull();
        assertThat(AccessReader.wheelchairAccessible(null)).isNull();
    }
}

package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Place;

class PlaceLineAndLinksTest {

    @Test
    void firstPartIsTheNameAndTheRestTheAddress() {
        assertThat(PlaceLine.parse("Buurthuis De Kern, Voorstraat 12, 2225 ER Katwijk", null, null))
                .isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", null, null));
    }

    @Test
    void aLineStartingWithAStreetIsAllAddress() {
        assertThat(PlaceLine.parse("Voorstraat 12, Katwijk", 52.2, 4.4))
                .isEqualTo(new Place(null, "Voorstraat 12, Katwijk", 52.2, 4.4));
        assertThat(PlaceLine.parse("2225 ER Katwijk", null, null)).isEqualTo(new Place(null, "2225 ER Katwijk", null, null));
    }

    @Test
    void aSingleNameIsAName() {
        assertThat(PlaceLine.parse("Sporthal De Wielen", null, null)).isEqualTo(new Place("Sporthal De Wielen", null, null, null));
        assertThat(PlaceLine.parse(" ", null, null)).isNull();
    }

    @Test
    void linksAreMadeAbsoluteAndSafe() {
        URI base = URI.create("https://www.example.nl/agenda/");
        assertThat(Links.absolute("/foto.jpg", base)).isEqualTo(URI.create("https://www.example.nl/foto.jpg"));
        assertThat(Links.absolute("webcal://www.example.nl/a.ics", base)).isEqualTo(URI.create("https://www.example.nl/a.ics"));
        assertThat(Links.absolute("javascript:alert(1)", base)).isNull();
        assertThat(Links.absolute("data:image/png;base64,AAAA", base)).isNull();
        assertThat(Links.absolute("http://[kapot", base)).isNull();
    }

    @Test
    void stableIdsIgnoreCaseAndWhitespace() {
        assertThat(StableIds.fromContent("Koffie  ochtend", "2026-03-17"))
                .isEqualTo(StableIds.fromContent("koffie ochtend ", "2026-03-17"))
                .isNotEqualTo(StableIds.fromContent("Koffieochtend", "2026-03-24"))
                .startsWith("sha1:");
    }

    @Test
    void aQueryOnlyLinkBelongsToThePageItIsOn() {
        URI page = URI.create("https://www.dorpskerk-rijnsburg.nl/agenda.php?maand=3#lijst");

        assertThat(Links.absolute("?id=231", page)).hasToString("https://www.dorpskerk-rijnsburg.nl/agenda.php?id=231");
        assertThat(Links.absolute("?id=231&utm_source=nieuwsbrief#kop", page))
                .hasToString("https://www.dorpskerk-rijnsburg.nl/agenda.php?id=231#kop");
        assertThat(Links.absolute("detail.php?id=7", page)).hasToString("https://www.dorpskerk-rijnsburg.nl/detail.php?id=7");
    }
}

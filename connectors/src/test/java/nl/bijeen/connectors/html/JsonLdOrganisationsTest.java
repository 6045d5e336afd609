package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;

/** Organizers with their details and the page's own organisation as publisher (fixtures in html/organisaties/). */
class JsonLdOrganisationsTest {

    private final JsonLdConnector connector = new JsonLdConnector();

    private ParseResult parse(String fixture, String url) throws Exception {
        return connector.parse(document("html/organisaties/" + fixture, url, "text/html; charset=UTF-8"), settings());
    }

    private ParseResult bibliotheek() throws Exception {
        return parse("bibliotheek-met-organisatie.html", "https://www.bibliotheekrijnland.nl/agenda/");
    }

    @Test
    void organizerCarriesAddressPhoneOpeningHoursLogoKindAndSubsidy() throws Exception {
        Organiser library = titled(bibliotheek(), "Digicafé").organiser();

        assertThat(library).isEqualTo(new Organiser("Bibliotheek Rijnland", "https://www.bibliotheekrijnland.nl/",
                "info@bibliotheekrijnland.nl", "071 402 60 60",
                new Place(null, "Tramstraat 4, 2225 CV Katwijk", 52.2021, 4.3998),
                "De bibliotheek van Katwijk en omstreken.", URI.create("https://www.bibliotheekrijnland.nl/img/logo.png"),
                List.of("Mo-Fr 10:00-18:00", "Tu,Th 19:00-21:00"), "Library", true));
    }

    @Test
    void freeEntryIsNoSubsidyAndOnlyAMunicipalBackerIs() throws Exception {
        ParseResult result = bibliotheek();

        Organiser volunteer = titled(result, "Voorlezen").organiser();
        assertThat(volunteer.kind()).isEqualTo("Person");
        assertThat(volunteer.subsidised()).as("free, sponsored by a bank").isNull();
        Organiser chess = titled(result, "Schaakles").organiser();
        assertThat(chess.subsidised()).as("sponsor: gemeente Katwijk").isTrue();
        assertThat(chess.openingHours()).containsExactly("We 15:00-17:00");
    }

    @Test
    void theTopLevelOrganisationIsThePublisherNotAnEventsOrganizer() throws Exception {
        Organiser publisher = bibliotheek().publisher();

        assertThat(publisher.name()).isEqualTo("Stichting Bibliotheek Rijnland");
        assertThat(publisher.openingHours()).containsExactly("Mo-Fr 10:00-18:00", "Sa 10:00-14:00");
        assertThat(publisher.kind()).as("plain Organization says nothing").isNull();
    }

    @Test
    void aWebPagesPublisherReferenceIsFollowed() throws Exception {
        ParseResult result = parse("yoast-uitgever.html", "https://www.wijknoord.nl/agenda/");

        assertThat(result.publisher()).isEqualTo(new Organiser("Wijkvereniging Noord", null, "bestuur@wijknoord.nl",
                null, null, null, null, List.of(), "NGO", null));
        assertThat(titled(result, "Wijkborrel").organiser()).isEqualTo(new Organiser("Feestcommissie Noord", null,
                null));
    }
}

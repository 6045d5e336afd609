package nl.bijeen.connectors.feed;

import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;

/** Who publishes a feed and who organises its items (fixtures in feed/organisaties/). */
class FeedOrganisationsTest {

    private final FeedConnector connector = new FeedConnector();

    private ParseResult parse(String fixture) throws Exception {
        return connector.parse(document("feed/organisaties/" + fixture, "https://www.buurthuisdelinde.nl/feed/", null),
                settings());
    }

    @Test
    void rssChannelIsThePublisherWithoutItsAgendaSuffix() throws Exception {
        Organiser publisher = parse("rss-kanaal-met-uitgever.xml").publisher();

        assertThat(publisher).isEqualTo(new Organiser("Buurthuis De Linde", "https://www.buurthuisdelinde.nl/",
                "redactie@buurthuisdelinde.nl", null, null,
                "De huiskamer van de wijk: koffie, cursussen en clubs voor iedereen.",
                URI.create("https://www.buurthuisdelinde.nl/wp-content/uploads/logo-de-linde.png"), List.of(), null,
                null));
    }

    @Test
    void itemOrganiserComesFromEvOrganizerOrAnOrganisationLikeCreatorButNotFromAPerson() throws Exception {
        ParseResult result = parse("rss-kanaal-met-uitgever.xml");

        assertThat(titled(result, "Kinderdisco").organiser()).isEqualTo(new Organiser("Jongerenwerk Katwijk", null,
                null));
        assertThat(titled(result, "Klaverjassen").organiser()).as("dc:creator is a person").isNull();
        assertThat(titled(result, "Open repetitie").organiser()).isEqualTo(new Organiser("Buurtkoor De Linde",
                null, null));
    }

    @Test
    void atomAuthorIsThePublisherWithLogoAndSubtitle() throws Exception {
        Organiser publisher = parse("atom-met-auteurs.xml").publisher();

        assertThat(publisher.name()).isEqualTo("Bewonersvereniging Rijnsoever");
        assertThat(publisher.url()).isEqualTo("https://www.bewonersrijnsoever.nl/");
        assertThat(publisher.email()).isEqualTo("bestuur@bewonersrijnsoever.nl");
        assertThat(publisher.description()).isEqualTo("Wat de bewoners van Rijnsoever samen organiseren");
        assertThat(publisher.logo()).isEqualTo(URI.create("https://www.bewonersrijnsoever.nl/logo.svg"));
    }

    @Test
    void atomEntryAuthorWithTheOrganisersNameGivesItsContactAndAPersonIsNoOrganiser() throws Exception {
        ParseResult result = parse("atom-met-auteurs.xml");

        assertThat(titled(result, "Speeltuin open").organiser()).isEqualTo(new Organiser(
                "Speeltuinvereniging Rijnsoever", "https://www.speeltuinrijnsoever.nl/", "speeltuin@rijnsoever.nl"));
        assertThat(titled(result, "Buurtschoonmaak").organiser()).isNull();
    }
}

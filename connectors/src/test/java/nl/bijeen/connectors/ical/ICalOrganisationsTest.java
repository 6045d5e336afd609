package nl.bijeen.connectors.ical;

import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;

/** Who publishes a calendar and who organises its events (fixtures in ical/organisaties/). */
class ICalOrganisationsTest {

    private static ParseResult parse(String file) throws Exception {
        return new ICalConnector().parse(document("ical/organisaties/" + file, "https://www.welzijnkatwijk.nl/agenda.ics",
                "text/calendar"), settings());
    }

    @Test
    void aCalendarLevelOrganizerIsThePublisherNotItsCalendarName() throws Exception {
        ParseResult result = parse("uitgever-en-organisatoren.ics");

        assertThat(result.publisher()).isEqualTo(new Organiser("Stichting Welzijn Katwijk", null,
                "info@welzijnkatwijk.nl"));
    }

    @Test
    void organizerGivesNameFromCnEmailFromMailtoAndWebsiteFromAnyOtherUri() throws Exception {
        ParseResult result = parse("uitgever-en-organisatoren.ics");

        assertThat(titled(result, "Taalcafé").organiser()).isEqualTo(new Organiser("Taalhuis Katwijk",
                "https://www.taalhuiskatwijk.nl/", null));
        assertThat(titled(result, "Inloopspreekuur").organiser()).as("MAILTO in capitals, no CN")
                .isEqualTo(new Organiser(null, null, "spreekuur@welzijnkatwijk.nl"));
        assertThat(titled(result, "Repetitie buurtkoor").organiser()).as("a bare domain as name is kept as published")
                .isEqualTo(new Organiser("welzijnkatwijk.nl", null, "info@welzijnkatwijk.nl"));
        assertThat(titled(result, "Rommelmarkt").organiser()).isNull();
    }

    @Test
    void xWrCalnameAloneNamesNoPublisher() throws Exception {
        ParseResult result = parse("alleen-kalendernaam.ics");

        assertThat(result.activities()).hasSize(1);
        assertThat(result.publisher()).isNull();
    }
}

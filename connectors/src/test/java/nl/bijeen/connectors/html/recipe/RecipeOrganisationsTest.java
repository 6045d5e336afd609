package nl.bijeen.connectors.html.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;

/** A recipe's organiser parts and its publisher block, on a fixture page served over loopback. */
class RecipeOrganisationsTest {

    private FixtureSite site;
    private final RecipeConnector connector = new RecipeConnector(new RecipeBook(RecipeConnectorTest.SHIPPED));

    @BeforeEach
    void start() throws Exception {
        site = new FixtureSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private ParseResult read() throws Exception {
        return connector.parse(site.document("buurthuis-organisaties/agenda.html"),
                RecipeConnectorTest.settings("demo-buurthuis", site.loader()));
    }

    @Test
    void organiserNameWebsiteAndEmailAreReadFromTheEntry() throws Exception {
        ParseResult result = read();

        assertThat(result.activities()).extracting(ActivityDraft::organiser).containsExactly(
                new Organiser("Katholieke Bond van Ouderen afd. Katwijk", "https://www.kbo-katwijk.nl/",
                        "secretariaat@kbo-katwijk.nl"),
                new Organiser("Zuider Mannenkoor", null, null));
    }

    @Test
    void publisherBlockReadsTheFooterAndMakesItsLinkAbsolute() throws Exception {
        assertThat(read().publisher()).isEqualTo(new Organiser("Bewonersvereniging Katwijk Zuid",
                site.url("over-ons.html").toString(), "beheer@buurthuiszuid.nl", "071 401 77 21", null, null, null,
                List.of(), null, null));
    }

    @Test
    void publisherBlockCanGiveFixedValuesButNeedsAName() throws Exception {
        String fields = "items: li\nfields:\n  title: h3\n  date: p\n";
        Recipe fixed = RecipeReader.read("wijkhuis", Path.of("wijkhuis.yml"), yaml(fields
                + "publisher:\n  name: {value: Wijkhuis Oost}\n  kind: {value: buurthuis}\n"
                + "  address: {value: 'Oostlaan 1, 2222 AA Katwijk'}\n"));
        Organiser publisher = RecipeOrganisations.publisher(fixed.publisher(),
                org.jsoup.Jsoup.parse("<p>niets</p>"), java.net.URI.create("https://oost.example/"));
        assertThat(publisher.name()).isEqualTo("Wijkhuis Oost");
        assertThat(publisher.kind()).isEqualTo("buurthuis");
        assertThat(publisher.place()).isEqualTo(new Place(null, "Oostlaan 1, 2222 AA Katwijk", null, null));

        RecipeException noName = catchThrowableOfType(RecipeException.class, () -> RecipeReader.read("wijkhuis",
                Path.of("wijkhuis.yml"), yaml(fields + "publisher:\n  url: a.home\n")));
        assertThat(noName.getMessage()).contains("publisher").contains("name");
        RecipeException typo = catchThrowableOfType(RecipeException.class, () -> RecipeReader.read("wijkhuis",
                Path.of("wijkhuis.yml"), yaml(fields + "publisher:\n  name: h1\n  emial: a.mail\n")));
        assertThat(typo.getMessage()).contains("publisher.emial is not a known key (did you mean 'email'?)");
    }

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.html.JsonLdConnector;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;

/** The hostile pages among the seeds of {@link JsonLdFuzzTest}, each with its exact outcome. */
class JsonLdHostileInputsTest {

    private static final JsonLdConnector CONNECTOR = new JsonLdConnector();

    @Test
    void hundredThousandNestedDivsAreReadWithoutStackOverflowWithinTwoSeconds() throws Exception {
        ParseResult result = ConnectorProperties.parseBounded(CONNECTOR, "text/html; charset=utf-8",
                Seeds.bytes(JsonLdFuzzTest.class, "anyPage", "nested-divs-100000.html")).orElseThrow();

        ActivityDraft koffie = Fixtures.titled(result, "Koffieochtend");
        assertThat(koffie.schedule().occurrences()).containsExactly(
                new Occurrence(Fixtures.amsterdam(2026, 3, 17, 10, 0), null, false));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void externalEntityInAnXhtmlPageIsNeitherExpandedNorFetched() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            byte[] page = server.aim(Seeds.bytes(JsonLdFuzzTest.class, "anyPage", "xxe-http-entity.html"));

            ParseResult result = ConnectorProperties.parseBounded(CONNECTOR, "text/html; charset=utf-8", page)
                    .orElseThrow();

            assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Koffieochtend &extern;");
            assertThat(server.requests()).as("requests to the loopback server").isZero();
        }
    }

    @Test
    void scriptInAnEventDescriptionIsRemovedAndTheMarkupInItsNameIsText() throws Exception {
        ParseResult result = ConnectorProperties.parseBounded(CONNECTOR, "text/html; charset=utf-8",
                Seeds.bytes(JsonLdFuzzTest.class, "anyPage", "graph-with-itemlist.html")).orElseThrow();

        List<String> titles = result.activities().stream().map(ActivityDraft::title).toList();
        assertThat(titles).containsExactly("Koffieochtend", "Bingo");
        ActivityDraft bingo = Fixtures.titled(result, "Bingo");
        assertThat(bingo.description().html()).isEqualTo("<p>Gezellig</p>");
        SafeHtml.assertNothingLive(bingo.description().html());
    }
}

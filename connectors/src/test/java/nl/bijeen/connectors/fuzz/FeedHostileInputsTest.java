package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.feed.FeedConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

/**
 * The hostile feeds among the seeds of {@link FeedFuzzTest}: a feed with a DOCTYPE is refused before any entity is
 * expanded or fetched, so external entities (file: and http:) and entity bombs never cost anything.
 */
class FeedHostileInputsTest {

    private static final FeedConnector CONNECTOR = new FeedConnector();

    @Test
    void externalFileEntityIsNeverExpanded() {
        byte[] seed = Seeds.bytes(FeedFuzzTest.class, "anyFeed", "xxe-file-entity.xml");

        assertRefusedBecauseOfTheDoctype(seed, Bounded.PER_DOCUMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xxe-http-entity.xml", "xxe-http-parameter-entity.xml"})
    void externalHttpEntityIsNeverFetched(String seed) throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            byte[] aimed = server.aim(Seeds.bytes(FeedFuzzTest.class, "anyFeed", seed));

            assertRefusedBecauseOfTheDoctype(aimed, Bounded.PER_DOCUMENT);
            assertThat(server.requests()).as("requests to the loopback server").isZero();
        }
    }

    @Test
    void billionLaughsIsRefusedWithinAFractionOfASecond() {
        byte[] seed = Seeds.bytes(FeedFuzzTest.class, "anyFeed", "billion-laughs.xml");

        assertRefusedBecauseOfTheDoctype(seed, Duration.ofMillis(500));
    }

    private static void assertRefusedBecauseOfTheDoctype(byte[] body, Duration limit) {
        Document document = new Document(ConnectorProperties.URL, "application/rss+xml", body);
        assertThatThrownBy(() -> Bounded.within(limit, () -> CONNECTOR.parse(document, Fixtures.settings())))
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("not a readable RSS or Atom feed: ")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:")
                .hasMessageNotContaining("GELEKT");
    }
}

package nl.bijeen.connectors.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.bijeen.connectors.feed.FeedConnector;

/**
 * Any bytes served as an RSS feed (Rome then also reads Atom and RDF): only a ConnectorException may escape,
 * within the time limit, with a bounded result. Seeds and findings:
 * src/test/resources/nl/bijeen/connectors/fuzz/FeedFuzzTestInputs/anyFeed/.
 */
class FeedFuzzTest {

    private static final FeedConnector CONNECTOR = new FeedConnector();

    @FuzzTest(maxDuration = "2m")
    void anyFeed(byte[] body) throws Exception {
        ConnectorProperties.parseBounded(CONNECTOR, "application/rss+xml", body, Bounded.UNDER_JAZZER);
    }
}

package nl.bijeen.connectors.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.bijeen.connectors.html.JsonLdConnector;

/**
 * Any bytes served as a web page, with or without JSON-LD: only a ConnectorException may escape, within the time
 * limit, with a bounded result. Seeds and findings:
 * src/test/resources/nl/bijeen/connectors/fuzz/JsonLdFuzzTestInputs/anyPage/.
 */
class JsonLdFuzzTest {

    private static final JsonLdConnector CONNECTOR = new JsonLdConnector();

    @FuzzTest(maxDuration = "2m")
    void anyPage(byte[] body) throws Exception {
        ConnectorProperties.parseBounded(CONNECTOR, "text/html; charset=utf-8", body, Bounded.UNDER_JAZZER);
    }
}

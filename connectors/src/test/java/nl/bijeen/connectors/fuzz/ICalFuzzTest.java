package nl.bijeen.connectors.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.bijeen.connectors.ical.ICalConnector;

/**
 * Any bytes served as text/calendar: only a ConnectorException may escape, within the time limit, with a bounded
 * result. Seeds and findings: src/test/resources/nl/bijeen/connectors/fuzz/ICalFuzzTestInputs/anyCalendar/.
 */
class ICalFuzzTest {

    private static final ICalConnector CONNECTOR = new ICalConnector();

    @FuzzTest(maxDuration = "2m")
    void anyCalendar(byte[] body) throws Exception {
        ConnectorProperties.parseBounded(CONNECTOR, "text/calendar; charset=utf-8", body, Bounded.UNDER_JAZZER);
    }
}

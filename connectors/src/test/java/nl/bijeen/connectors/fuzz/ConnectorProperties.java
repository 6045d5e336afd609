package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

/**
 * The two properties every connector keeps for any input: the only exception that escapes is its own
 * {@link ConnectorException}, and one document costs a bounded time and gives a bounded result.
 */
final class ConnectorProperties {

    static final URI URL = URI.create("https://www.buurthuis-fuzz.nl/agenda");
    /** No connector reads more occurrences per activity than this (iCal's cap is 500). */
    static final int MAX_OCCURRENCES_PER_ACTIVITY = 500;
    /** Activities per document: the largest connector cap (iCal reads at most 5,000 events). */
    static final int MAX_ACTIVITIES = 5_000;

    private ConnectorProperties() {
    }

    /**
     * Parses {@code body} as the given content type within the time limit and checks the result's size; empty when
     * the connector refused the document with a {@link ConnectorException}, which is the allowed way to fail.
     */
    static Optional<ParseResult> parseBounded(ActivityConnector connector, String contentType, byte[] body)
            throws Exception {
        return parseBounded(connector, contentType, body, Bounded.PER_DOCUMENT);
    }

    /** As {@link #parseBounded(ActivityConnector, String, byte[])}, within {@code limit}. */
    static Optional<ParseResult> parseBounded(ActivityConnector connector, String contentType, byte[] body,
                                              java.time.Duration limit) throws Exception {
        Document document = new Document(URL, contentType, body);
        return Bounded.within(limit, () -> {
            connector.supports(document);
            try {
                ParseResult result = connector.parse(document, Fixtures.settings());
                assertBounded(result, body.length);
                return Optional.of(result);
            } catch (ConnectorException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                return Optional.empty();
            }
        });
    }

    /**
     * The output grows at most linearly with the input: no entity or reference is ever expanded into more text than
     * was published (a few hundred times is generous: a short relative link becomes an absolute one with a rel).
     */
    static void assertBounded(ParseResult result, int inputBytes) {
        assertThat(result.activities()).hasSizeLessThanOrEqualTo(MAX_ACTIVITIES);
        long characters = 0;
        for (ActivityDraft activity : result.activities()) {
            assertThat(activity.schedule().occurrences()).hasSizeLessThanOrEqualTo(MAX_OCCURRENCES_PER_ACTIVITY);
            characters += length(activity.title()) + length(activity.description().text())
                    + length(activity.description().html());
        }
        for (Warning warning : result.warnings()) {
            characters += length(warning.message());
        }
        assertThat(characters).as("characters of text in the result").isLessThanOrEqualTo(64L * inputBytes + 65_536);
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}

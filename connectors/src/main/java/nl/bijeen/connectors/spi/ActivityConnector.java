package nl.bijeen.connectors.spi;

import nl.bijeen.connectors.model.ParseResult;

/**
 * The plug-in point for formats, in the manner of Rome's {@code WireFeedParser}: a connector says whether it
 * understands a document and turns its bytes into activities. Connectors never touch the network or the store.
 */
public interface ActivityConnector {

    /** Short stable name, also used as format hint in sources.yml: "ical", "feed", "jsonld". */
    String format();

    /** True when a source's format hint names this connector: its {@link #format()}, or an older or wider name. */
    default boolean answersToHint(String formatHint) {
        return format().equals(formatHint);
    }

    /** True when this connector can read the document; must be cheap (looks at the content type and the first bytes). */
    boolean supports(Document document);

    /**
     * Parses the whole document. Items it cannot understand become warnings; only a document that is not of this
     * format at all (or unreadable as a whole) fails with a {@link ConnectorException}.
     */
    ParseResult parse(Document document, SourceSettings settings) throws ConnectorException;
}

package nl.bijeen.connectors.ical;

import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/** TODO connectors helper. */
public final class ICalConnector implements ActivityConnector {

    @Override
    public String format() {
        return "ical";
    }

    @Override
    public boolean supports(Document document) {
        return false;
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        throw new ConnectorException(document.url(), "not implemented yet");
    }
}

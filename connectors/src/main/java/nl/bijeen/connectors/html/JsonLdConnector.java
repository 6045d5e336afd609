package nl.bijeen.connectors.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Web pages with schema.org Events in JSON-LD, as agenda plug-ins and CMSes publish them for search engines. It
 * accepts any HTML page; a page without Events gives an empty result with a warning rather than an error.
 */
public final class JsonLdConnector implements ActivityConnector {

    /** Larger pages are not agenda pages; reading them would only cost memory. */
    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    static final int MAX_EVENTS = 1_000;

    @Override
    public String format() {
        return "jsonld";
    }

    @Override
    public boolean supports(Document document) {
        if (document.contentTypeContains("text/html") || document.contentTypeContains("application/xhtml")) {
            return true;
        }
        String head = document.head(1024).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<!--") || head.startsWith("<?xml")) && head.contains("<html");
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        if (document.body().length > MAX_PAGE_BYTES) {
            throw new ConnectorException(document.url(), "the page is larger than " + MAX_PAGE_BYTES / (1024 * 1024)
                    + " MB: too large for an agenda page");
        }
        org.jsoup.nodes.Document page = read(document);
        List<Warning> warnings = new ArrayList<>();
        EventFinder finder = new EventFinder(MAX_EVENTS);
        JsonLdBlocks.parse(page, warnings::add).forEach(finder::search);
        if (finder.truncated()) {
            warnings.add(new Warning(null, "the page has more than " + MAX_EVENTS + " events: only the first "
                    + MAX_EVENTS + " are read"));
        }
        if (finder.events().isEmpty()) {
            warnings.add(new Warning(null, "no schema.org Event found on the page"));
            return new ParseResult(List.of(), warnings);
        }
        return new ParseResult(map(finder.events(), document, settings, warnings), warnings);
    }

    private static List<ActivityDraft> map(List<JsonNode> events, Document document, SourceSettings settings,
                                           List<Warning> warnings) {
        JsonLdEventMapper mapper = new JsonLdEventMapper(settings.sourceId(), document.url(), settings.defaultZone(),
                warnings::add);
        List<ActivityDraft> activities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                mapper.map(events.get(i), i + 1)
                        // The same Event can appear twice (in @graph and as an ItemList element): keep the first.
                        .filter(activity -> ids.add(activity.sourceItemId()))
                        .ifPresent(activities::add);
            } catch (RuntimeException unexpected) {
                warnings.add(new Warning("event #" + (i + 1), "event #" + (i + 1) + " on the page could not be read ("
                        + unexpected.getMessage() + "): skipped"));
            }
        }
        return DatesOfOneActivity.merge(activities);
    }

    /** Charset from the Content-Type, else jsoup's detection (BOM, meta charset, UTF-8). */
    private static org.jsoup.nodes.Document read(Document document) throws ConnectorException {
        String charset = document.contentType() != null && document.contentType().toLowerCase(Locale.ROOT).contains("charset=")
                ? document.charset().name() : null;
        try {
            return Jsoup.parse(new ByteArrayInputStream(document.body()), charset, document.url().toString());
        } catch (IOException | RuntimeException unreadable) {
            throw new ConnectorException(document.url(), "not a readable web page: " + unreadable.getMessage(), unreadable);
        }
    }
}

package nl.bijeen.connectors.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Web pages with schema.org Events, as agenda plug-ins and CMSes publish them for search engines: in JSON-LD
 * blocks, in HTML microdata, or both (an event in both is imported once, from its JSON-LD). No configuration is
 * needed. It accepts any HTML page; a page without Events gives an empty result with a warning rather than an
 * error. Its format is "jsonld" (the name sources were configured with); "html" and "microdata" are accepted as hints.
 * Organizers are read with everything they say about themselves ({@link OrganisationNodes}); the page's own
 * organisation is its publisher ({@link PagePublisher}).
 */
public final class JsonLdConnector implements ActivityConnector {

    /** Larger pages are not agenda pages; reading them would only cost memory. */
    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    static final int MAX_EVENTS = 1_000;
    private static final Set<String> HINTS = Set.of("jsonld", "html", "microdata");

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

    /** "jsonld" as sources were configured before microdata was read, "html" and "microdata" as they may be now. */
    @Override
    public boolean answersToHint(String formatHint) {
        return HINTS.contains(formatHint);
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        if (document.body().length > MAX_PAGE_BYTES) {
            throw new ConnectorException(document.url(), "the page is larger than " + MAX_PAGE_BYTES / (1024 * 1024)
                    + " MB: too large for an agenda page");
        }
        org.jsoup.nodes.Document page = read(document);
        List<Warning> warnings = new ArrayList<>();
        NodeReferences references = new NodeReferences(document.url());
        EventFinder jsonLd = new EventFinder(MAX_EVENTS);
        List<JsonNode> blocks = JsonLdBlocks.parse(page, warnings::add);
        for (JsonNode block : blocks) {
            references.index(block);
            jsonLd.search(block);
        }
        EventFinder microdata = new EventFinder(MAX_EVENTS);
        List<JsonNode> items = MicrodataItems.read(page);
        items.forEach(microdata::search);
        Organiser publisher = PagePublisher.of(blocks, items, references, document.url());
        if (jsonLd.truncated() || microdata.truncated()) {
            warnings.add(new Warning(null, "the page has more than " + MAX_EVENTS + " events: only the first "
                    + MAX_EVENTS + " are read"));
        }
        if (jsonLd.events().isEmpty() && microdata.events().isEmpty()) {
            warnings.add(new Warning(null, "no schema.org Event found on the page"));
            return new ParseResult(List.of(), warnings, publisher);
        }
        SameEvents seen = new SameEvents();
        JsonLdEventMapper mapper = new JsonLdEventMapper(settings, document.url(), warnings::add);
        List<ActivityDraft> activities = new ArrayList<>();
        map(jsonLd.events().stream().map(references::resolve).toList(), 0, mapper, seen::firstInJsonLd, activities,
                warnings);
        mapMicrodata(microdata.events(), jsonLd.events().size(), settings, document, seen, activities, warnings);
        return new ParseResult(DatesOfOneActivity.merge(activities), warnings, publisher);
    }

    /** Maps events; one already seen (in @graph and an ItemList, or in JSON-LD and microdata) is kept once. */
    private static void map(List<JsonNode> events, int numberedAfter, JsonLdEventMapper mapper,
                            Predicate<ActivityDraft> firstTime, List<ActivityDraft> activities, List<Warning> warnings) {
        for (int i = 0; i < events.size(); i++) {
            int number = numberedAfter + i + 1;
            try {
                mapper.map(events.get(i), number).filter(firstTime).ifPresent(activities::add);
            } catch (RuntimeException unexpected) {
                warnings.add(new Warning("event #" + number, "event #" + number + " on the page could not be read ("
                        + unexpected.getMessage() + "): skipped"));
            }
        }
    }

    /**
     * Maps microdata events after the JSON-LD ones. A theme often prints a teaser of an event the JSON-LD already
     * gave, with only a human-readable date: that copy is dropped without the warning it would otherwise cause.
     */
    private static void mapMicrodata(List<JsonNode> events, int numberedAfter, SourceSettings settings,
                                     Document document, SameEvents seen, List<ActivityDraft> activities,
                                     List<Warning> warnings) {
        for (JsonNode event : events) {
            List<Warning> own = new ArrayList<>();
            JsonLdEventMapper mapper = new JsonLdEventMapper(settings, document.url(), own::add);
            List<ActivityDraft> mapped = new ArrayList<>();
            map(List.of(event), numberedAfter++, mapper, seen::firstInMicrodata, mapped, own);
            activities.addAll(mapped);
            if (!mapped.isEmpty() || !seen.titleInJsonLd(JsonLdValues.text(event, "name"))) {
                warnings.addAll(own);
            }
        }
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

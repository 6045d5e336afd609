package nl.bijeen.connectors.feed;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds, read with Rome: one activity per item. Dates come from the RSS event module or
 * from Dutch date phrases in the item's text; an item without any date is an ongoing offer. Who publishes the feed
 * and who organises each item: {@link FeedOrganisers}.
 */
public final class FeedConnector implements ActivityConnector {

    /** More items than this is not a neighbourhood agenda; the rest is reported, not read. */
    static final int MAX_ITEMS = 2_000;

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public boolean supports(Document document) {
        if (document.contentTypeContains("rss") || document.contentTypeContains("atom")) {
            return true;
        }
        String head = document.head(2048);
        if (!head.startsWith("<") || looksLikeHtml(head)) {
            return false;
        }
        // A generic XML type is a feed unless the body is plainly something else (an HTML page, a calendar).
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")
                || document.contentTypeContains("xml") && !document.contentTypeContains("html");
    }

    private static boolean looksLikeHtml(String head) {
        return head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5);
    }

    @Override
    public ParseResult parse(Document document, SourceSettings settings) throws ConnectorException {
        List<Warning> warnings = new ArrayList<>();
        SyndFeed feed = FeedReader.read(document, warnings::add);
        List<ActivityDraft> activities = new ArrayList<>();
        FeedItemMapper mapper = new FeedItemMapper(settings, document.url(), warnings::add);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            warnings.add(new Warning(null, "the feed has no items"));
        }
        for (int i = 0; i < entries.size(); i++) {
            if (i == MAX_ITEMS) {
                warnings.add(new Warning(null, "the feed has " + entries.size() + " items: only the first "
                        + MAX_ITEMS + " are read"));
                break;
            }
            try {
                mapper.map(entries.get(i), i + 1).ifPresent(activities::add);
            } catch (RuntimeException unexpected) {
                // One odd item must not cost the others; the message says which one.
                warnings.add(new Warning("item " + (i + 1), "item " + (i + 1) + " could not be read ("
                        + unexpected.getMessage() + "): skipped"));
            }
        }
        return new ParseResult(activities, warnings, FeedOrganisers.publisher(feed, document.url()));
    }
}
